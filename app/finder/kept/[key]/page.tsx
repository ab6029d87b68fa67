import { notFound } from "next/navigation";
import { FinderView } from "@/components/FinderView";
import { getCatalog } from "@/lib/catalog/catalog";
import { finderPage } from "@/lib/catalog/finder";
import { keptQuery } from "@/lib/web/kept-query-pages";
import { FINDER_METADATA } from "@/lib/web/metadata";
import { queryRecord } from "@/lib/web/query";

// A finder answer for one canonical query, reached only through proxy.ts's rewrite of
// /finder?<query> (lib/web/kept-query-pages.ts): rendered on its first request, then kept (ISR).
export const revalidate = false;
export const dynamicParams = true;
export const generateStaticParams = async (): Promise<{ key: string }[]> => [];
export const metadata = FINDER_METADATA;

export default async function KeptFinderPage({ params }: PageProps<"/finder/kept/[key]">) {
  const query = keptQuery("/finder", (await params).key) ?? notFound();
  return <FinderView page={finderPage(queryRecord(query), getCatalog())} />;
}
