import { FinderView } from "@/components/FinderView";
import { getCatalog } from "@/lib/catalog/catalog";
import { finderPage, type FinderQuery } from "@/lib/catalog/finder";
import { FINDER_METADATA } from "@/lib/web/metadata";

export const metadata = FINDER_METADATA;

// The empty form and odd queries render here; a canonical query is rewritten by proxy.ts to the
// kept route beside this one (kept/[key]), which renders the same view once and keeps it.
export default async function FinderPage({ searchParams }: PageProps<"/finder">) {
  return <FinderView page={finderPage((await searchParams) as FinderQuery, getCatalog())} />;
}
