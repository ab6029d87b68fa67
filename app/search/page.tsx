import { SearchView } from "@/components/SearchView";
import { getCatalog } from "@/lib/catalog/catalog";
import { searchPage } from "@/lib/catalog/search";
import { SEARCH_METADATA } from "@/lib/web/metadata";

export const metadata = SEARCH_METADATA;

// The empty box and odd queries render here; a canonical query is rewritten by proxy.ts to the
// kept route beside this one (kept/[key]), which renders the same view once and keeps it.
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  return <SearchView page={searchPage(await searchParams, getCatalog())} />;
}
