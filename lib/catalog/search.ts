import MiniSearch, { type Options } from "minisearch";
import type { Catalog } from "./catalog";

export interface SearchDocument {
  id: string;
  kind: "Method" | "Tool" | "Guide";
  title: string;
  summary: string;
  headings: string;
  body: string;
}

export interface SearchHit {
  id: string;
  kind: SearchDocument["kind"];
  title: string;
  summary: string;
}

/** Shared by the server (the /search page) and the browser (instant results), so both rank alike. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "summary", "headings", "body"],
  storeFields: ["kind", "title", "summary"],
  searchOptions: { boost: { title: 4, summary: 2, headings: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
};

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&[#\w]+;/g, " ").replace(/\s+/g, " ").trim();

export function searchDocuments(catalog: Catalog): SearchDocument[] {
  const doc = (kind: SearchDocument["kind"], path: string, e: Catalog["modalities"][number] | Catalog["tools"][number] | Catalog["guides"][number]) => ({
    id: path,
    kind,
    title: e.title,
    summary: e.summary,
    headings: e.body.toc.map((t) => t.text).join(" "),
    body: text(e.body.html),
  });
  return [
    ...catalog.modalities.map((m) => doc("Method", `/modalities/${m.slug}`, m)),
    ...catalog.tools.map((t) => doc("Tool", `/tools/${t.slug}`, t)),
    ...catalog.guides.map((g) => doc("Guide", `/guides/${g.slug}`, g)),
  ];
}

export function buildSearchIndex(catalog: Catalog): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments(catalog));
  return index;
}

/**
 * The best hits for a query in an index; a blank or absurd query returns nothing rather than
 * failing. Used by the server and by the browser on the index it loads, so both answer alike.
 */
export function searchIndex(index: MiniSearch<SearchDocument>, query: string, limit = 20): SearchHit[] {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  return index
    .search(q)
    .slice(0, limit)
    .map((r) => ({ id: r.id as string, kind: r.kind as SearchHit["kind"], title: r.title as string, summary: r.summary as string }));
}

let cached: { catalog: Catalog; index: MiniSearch<SearchDocument> } | undefined;

/** Searches every article of the catalog, with its index built once per catalog. */
export function search(catalog: Catalog, query: string, limit = 20): SearchHit[] {
  if (cached?.catalog !== catalog) cached = { catalog, index: buildSearchIndex(catalog) };
  return searchIndex(cached.index, query, limit);
}
