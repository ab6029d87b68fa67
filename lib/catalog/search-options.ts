import MiniSearch, { type Options } from "minisearch";

// What both the server (the /search page) and the browser (instant results) need to rank alike.
// Kept apart from search.ts, which builds the documents from the catalog, so the browser's bundle
// carries none of the content code.

export interface SearchDocument {
  /** The entry's page. */
  id: string;
  /** What readers call this kind of entry (the registry's label). */
  kind: string;
  title: string;
  /** The other names readers use for it ("Ice bath" for cold water immersion); empty for most entries. */
  aliases: string;
  summary: string;
  headings: string;
  /** A study's authors, what a reader types to find a paper ("Bleakley"); empty for other entries. */
  authors: string;
  body: string;
  /** How much a match in this entry counts against one in another (the registry's searchWeight). */
  weight: number;
  /** Its title and aliases, lower case, one per line: a query that is exactly one of them puts this entry first. */
  names: string;
}

export interface SearchHit {
  id: string;
  kind: SearchDocument["kind"];
  title: string;
  summary: string;
}

/** Shared by the server (the /search page) and the browser (instant results), so both rank alike. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "aliases", "summary", "headings", "authors", "body"],
  storeFields: ["kind", "title", "summary", "weight", "names"],
  searchOptions: {
    // A page's own names count most: "ice bath" is the cold water immersion page's alias, so
    // that page, not a product with "ice" in its name, answers it.
    boost: { title: 4, aliases: 5, authors: 4, summary: 2, headings: 1.5 },
    boostDocument: (_id, _term, stored) => (typeof stored?.weight === "number" ? stored.weight : 1),
    prefix: true,
    fuzzy: 0.2,
    combineWith: "AND",
  },
};

/**
 * The best hits for a query in an index; a blank or absurd query returns nothing rather than
 * failing. Used by the server and by the browser on the index it loads, so both answer alike.
 */
export function searchIndex(index: MiniSearch<SearchDocument>, query: string, limit = 20): SearchHit[] {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const name = q.toLowerCase().replace(/\s+/g, " ");
  const results = index.search(q);
  // The page a query names, by its title or any alias, comes first whatever the scores say.
  const named = (r: (typeof results)[number]) => typeof r.names === "string" && r.names.split("\n").includes(name);
  return [...results.filter(named), ...results.filter((r) => !named(r))]
    .slice(0, limit)
    .map((r) => ({ id: r.id as string, kind: r.kind as SearchHit["kind"], title: r.title as string, summary: r.summary as string }));
}
