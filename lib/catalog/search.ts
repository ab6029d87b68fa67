import MiniSearch from "minisearch";
import type { AnyEntry, Catalog } from "./catalog";
import { COLLECTION_NAMES, collections } from "../content/collections";
import { entrySummary } from "./format";
import { SEARCH_OPTIONS, searchIndex, type SearchDocument, type SearchHit } from "./search-options";

export { SEARCH_OPTIONS, searchIndex, type SearchDocument, type SearchHit };

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&[#\w]+;/g, " ").replace(/\s+/g, " ").trim();

export function searchDocuments(catalog: Catalog): SearchDocument[] {
  const doc = (name: (typeof COLLECTION_NAMES)[number], e: AnyEntry): SearchDocument => ({
    id: e.href,
    kind: collections[name].label,
    weight: collections[name].searchWeight,
    title: e.title,
    aliases: "aliases" in e ? e.aliases.join(" ") : "",
    names: [e.title, ...("aliases" in e ? e.aliases : [])].map((n) => n.toLowerCase()).join("\n"),
    summary: entrySummary(e),
    headings: e.body.toc.map((t) => t.text).join(" "),
    authors: "authors" in e ? e.authors : "",
    body: text(e.body.html),
  });
  return COLLECTION_NAMES.flatMap((name) => catalog.entries(name).map((e) => doc(name, e)));
}

export function buildSearchIndex(catalog: Catalog): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments(catalog));
  return index;
}

let cached: { catalog: Catalog; index: MiniSearch<SearchDocument> } | undefined;

/** Searches every article of the catalog, with its index built once per catalog. */
export function search(catalog: Catalog, query: string, limit = 20): SearchHit[] {
  if (cached?.catalog !== catalog) cached = { catalog, index: buildSearchIndex(catalog) };
  return searchIndex(cached.index, query, limit);
}
