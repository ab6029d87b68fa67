import MiniSearch from "minisearch";
import type { AnyEntry, Catalog } from "./catalog";
import { COLLECTION_NAMES, collections } from "../content/collections";
import { bodyAreaNames, NAMED_BODY_AREAS, outcomeNames } from "../content/search-vocabulary";
import { nameKey, searchWords, meaningfulWords, titleNames } from "../content/search-words";
import { GRADES, GRADE_LABELS, OUTCOMES, OUTCOME_LABELS, OUTCOME_SHORT_LABELS, inSentence } from "../content/vocabulary";
import { FINDER_RESULTS_ID } from "./anchors";
import { whyAnchor } from "./evidence";
import { mapSortHref } from "./evidence-map";
import { bodyAreaLabel, entrySummary } from "./format";
import { readOne } from "../web/query";
import {
  SEARCH_LIMIT,
  SEARCH_OPTIONS,
  searchIndex,
  type SearchData,
  type SearchDocument,
  type SearchHit,
  type SearchTerms,
} from "./search-options";

export { SEARCH_OPTIONS, searchIndex, type SearchData, type SearchDocument, type SearchHit, type SearchTerms };

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&[#\w]+;/g, " ").replace(/\s+/g, " ").trim();

export function searchDocuments(catalog: Catalog): SearchDocument[] {
  const doc = (name: (typeof COLLECTION_NAMES)[number], e: AnyEntry): SearchDocument => {
    const aliases = "aliases" in e ? e.aliases : [];
    return {
      id: e.href,
      kind: collections[name].label,
      weight: collections[name].searchWeight,
      title: e.title,
      aliases: aliases.join(" "),
      names: [...new Set([...titleNames(e.title), ...aliases].map(nameKey))].join("\n"),
      summary: entrySummary(e),
      headings: e.body.toc.map((t) => t.text).join(" "),
      authors: "authors" in e ? e.authors : "",
      body: text(e.body.html),
      method: name === "tools" ? (catalog.modalitiesForTool(e.slug)[0]?.slug ?? "") : "",
      grades: "grades" in e ? OUTCOMES.map((o) => e.grades[o].grade).join(",") : "",
      sections: [...new Set(e.body.toc.map((t) => nameKey(t.text)))].join("\n"),
    };
  };
  return COLLECTION_NAMES.flatMap((name) => catalog.entries(name).map((e) => doc(name, e)));
}

/** What query words mean on this site: content/search-vocabulary.md, the outcomes it grades and the body areas the finder knows. */
export function searchTerms(catalog: Catalog): SearchTerms {
  const words = (phrase: string) => meaningfulWords(searchWords(phrase));
  return {
    synonyms: (catalog.searchVocabulary?.synonyms ?? []).map((s) => ({ words: s.words.map(searchWords), means: words(s.means) })),
    outcomes: OUTCOMES.map((o) => ({
      names: [...new Set(outcomeNames(o).map(nameKey))],
      label: OUTCOME_SHORT_LABELS[o],
      anchor: whyAnchor(o),
      href: mapSortHref(o),
      title: `Every method ranked by the evidence for ${inSentence(OUTCOME_LABELS[o])}`,
      summary: `The evidence map: each recovery method's grade for ${inSentence(OUTCOME_LABELS[o])}, best first, with the studies behind it.`,
    })),
    areas: NAMED_BODY_AREAS.map((a) => {
      const area = inSentence(bodyAreaLabel(a));
      return {
        names: [...new Set(bodyAreaNames(a).map(nameKey))],
        // The finder's answer sits below its form: on a phone, a bare link would land on the form.
        href: `/finder?area=${a}#${FINDER_RESULTS_ID}`,
        title: `Recovery methods for the ${area}`,
        summary: `The finder: the methods that work on the ${area}, ranked by their evidence, with the tools that deliver them.`,
      };
    }),
    grades: Object.fromEntries(GRADES.map((g) => [g, GRADE_LABELS[g]])),
  };
}

/** The whole index of these documents: what the server searches, and what search-split.ts cuts into pieces for the browser. */
export function buildSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  return index;
}

let cached: { catalog: Catalog; data: SearchData } | undefined;

/** The catalog's SearchData, built once per catalog, the way the browser loads it. */
export function searchData(catalog: Catalog): SearchData {
  if (cached?.catalog !== catalog) cached = { catalog, data: { index: buildSearchIndex(searchDocuments(catalog)), terms: searchTerms(catalog) } };
  return cached.data;
}

/** Searches every article of the catalog. */
export function search(catalog: Catalog, query: string, limit = SEARCH_LIMIT): SearchHit[] {
  return searchIndex(searchData(catalog), query, limit);
}

/**
 * What the search page shows for a query string: the box's text (the first `q`) and its results.
 * Both routes that render the page (app/search and the kept search, lib/web/kept-query-pages.ts) ask for it here.
 */
export function searchPage(query: Record<string, string | string[] | undefined>, catalog: Catalog) {
  const text = readOne(query.q) ?? "";
  return { query: text, hits: search(catalog, text) };
}

