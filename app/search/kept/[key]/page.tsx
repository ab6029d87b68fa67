import { notFound } from "next/navigation";
import { SearchView } from "@/components/SearchView";
import { getCatalog } from "@/lib/catalog/catalog";
import { searchPage } from "@/lib/catalog/search";
import { keptQuery } from "@/lib/web/kept-query-pages";
import { SEARCH_METADATA } from "@/lib/web/metadata";
import { queryRecord } from "@/lib/web/query";

// A search's results for one canonical query, reached only through proxy.ts's rewrite of
// /search?q=<query> (lib/web/kept-query-pages.ts): rendered on its first request, then kept (ISR).
export const revalidate = false;
export const dynamicParams = true;
export const generateStaticParams = async (): Promise<{ key: string }[]> => [];
export const metadata = SEARCH_METADATA;

export default async function KeptSearchPage({ params }: PageProps<"/search/kept/[key]">) {
  const query = keptQuery("/search", (await params).key) ?? notFound();
  return <SearchView page={searchPage(queryRecord(query), getCatalog())} />;
}
