import type MiniSearch from "minisearch";
import type { Options, SearchResult } from "minisearch";
import { containsPhrase, searchWords } from "../content/search-words";
import { compareHref } from "./compare-href";
import { anyOf, comparedParts, readQuery, type ReadQuery, type SynonymWords } from "./search-query";

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
  /** Every name it goes by (see titleNames), as name keys (see nameKey), one per line: a query that reads as one of them puts this entry first. */
  names: string;
  /** For a tool, the method it delivers first (its slug), which stands in for it beside other methods; empty otherwise. */
  method: string;
  /** For a method, its grade for each outcome, in the order of SearchTerms.outcomes, comma-separated; empty otherwise. */
  grades: string;
  /** Its section headings, as name keys, one per line: a heading holding the query's words in order ("Back-to-back days") is a section that answers it. */
  sections: string;
}

export interface SearchHit {
  id: string;
  kind: string;
  title: string;
  summary: string;
  /** On a first hit that is the method a query names: its grade for each outcome, each linked to why. */
  grades?: { outcome: string; grade: string; href: string }[];
}

/** An outcome the site grades, as search answers a query that names it: the evidence map sorted by it. */
export interface OutcomeTerms {
  /** Its names, as name keys ("soreness", "dom", "muscle soreness"). */
  names: string[];
  /** As the method's grades show it ("Soreness"). */
  label: string;
  /** The anchor of "why this grade" for it on a method's page. */
  anchor: string;
  /** The evidence map sorted by it, and how a hit names that page. */
  href: string;
  title: string;
  summary: string;
}

/** A body area, as search answers a query that names it ("calves", "calf"): the finder for that area. */
export interface AreaTerms {
  /** Its names, as name keys. */
  names: string[];
  href: string;
  title: string;
  summary: string;
}

/** What the words of a query mean: the content's vocabulary, the outcomes and the body areas, read on the server and in the browser alike. */
export interface SearchTerms {
  synonyms: SynonymWords[];
  outcomes: OutcomeTerms[];
  areas: AreaTerms[];
  /** A grade's label, by grade ("moderate": "Moderate evidence of benefit"). */
  grades: Record<string, string>;
}

/** Everything a search runs on: the index of every entry and what query words mean. */
export interface SearchData {
  index: MiniSearch<SearchDocument>;
  terms: SearchTerms;
}

/** The kinds of hit that answer a query rather than name an entry. */
export const ANSWER_KINDS = { comparison: "Comparison", outcome: "Evidence map", area: "Finder" } as const;

/** Shared by the server (the /search page) and the browser (instant results), so both rank alike. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "aliases", "summary", "headings", "authors", "body"],
  storeFields: ["kind", "title", "summary", "weight", "names", "method", "grades", "sections"],
  // Plurals, case, accents and punctuation are read the same way in the index and in the query.
  tokenize: searchWords,
  processTerm: (term) => term,
  searchOptions: {
    // A page's own names count most: "ice bath" is the cold water immersion page's alias, so
    // that page, not a product with "ice" in its name, answers it.
    boost: { title: 4, aliases: 5, authors: 4, summary: 2, headings: 1.5 },
    boostDocument: (_id, _term, stored) => (typeof stored?.weight === "number" ? stored.weight : 1),
    // A word typed so far finds the words it starts; a typo is forgiven in words of five letters or
    // more (one letter in five), since "back" one letter off is "pack" and "ice" is "ace".
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: "AND",
  },
};

type Result = SearchResult & Partial<Omit<SearchDocument, "id">>;

const namesOf = (r: Result) => (typeof r.names === "string" ? r.names.split("\n") : []);
const entityKind = (id: string) => /^\/(tools|modalities)\/[^/]+$/.exec(id)?.[1] as "tools" | "modalities" | undefined;

function hit(r: Result): SearchHit {
  return { id: String(r.id), kind: String(r.kind), title: String(r.title), summary: String(r.summary) };
}

interface Naming {
  /** 2 when one of its names is the query, 1 when a name and the query overlap, else 0. */
  level: number;
  /** How many of the query's words the overlap covers: more is surer. */
  words: number;
  /**
   * How many words of that name the query leaves out, model numbers aside: fewer is closer
   * ("normatec" is closer to "Normatec 3" than to "Normatec Pulse 2.0").
   */
  extra: number;
  /** The most of the query's words, two or more, that one of its section headings holds in order; else 0. */
  section: number;
}

/** The length of the longest run of words `a` and `b` share, in order. */
function sharedRun(a: readonly string[], b: readonly string[]): number {
  let longest = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      longest = Math.max(longest, k);
    }
  }
  return longest;
}

/**
 * How surely a query names a page: by one of its names, as typed or through the vocabulary; in
 * part when a name and the query overlap ("theragun" is part of "Theragun PRO", "recovery boots"
 * is part of "are recovery boots worth the money", a synonym means words of the name); or not.
 * An entry that stands behind others (a study, weight below 1) is named by its whole title only:
 * a paper's title is a sentence about a trial, and holds the names of the methods it tested.
 */
function naming(r: Result, read: ReadQuery): Naming {
  const names = namesOf(r);
  if (names.some((n) => read.phrasings.includes(n))) return { level: 2, words: Infinity, extra: 0, section: 0 };
  const phrasings = read.phrasings.map((p) => p.split(" "));
  const headings = typeof r.sections === "string" && r.sections ? r.sections.split("\n").map((h) => h.split(" ")) : [];
  const run = Math.max(0, ...headings.flatMap((h) => phrasings.map((p) => sharedRun(h, p))));
  let best: Naming = { level: 0, words: 0, extra: 0, section: run >= 2 ? run : 0 };
  if (typeof r.weight === "number" && r.weight < 1) return best;
  const wordy = (words: string[]) => words.filter((w) => !/^\d+$/.test(w)).length;
  const consider = (name: string[], covered: string[]) => {
    const words = covered.length;
    const extra = wordy(name) - wordy(covered);
    if (words > best.words || (words === best.words && extra < best.extra)) best = { ...best, level: 1, words, extra };
  };
  for (const name of names.map((n) => n.split(" "))) {
    for (const phrasing of phrasings) {
      if (containsPhrase(name, phrasing)) consider(name, phrasing);
      if (containsPhrase(phrasing, name)) consider(name, name);
    }
    for (const meant of read.meant) if (containsPhrase(name, meant)) consider(name, meant);
  }
  return best;
}

type Ranked = Result & { naming: Naming };

/**
 * Results by score, ties by address. MiniSearch breaks ties, and sums a page's scores, in the order
 * its index happens to hold terms, which differs between the whole index (the server) and one
 * assembled from pieces (the browser); scores equal to 12 significant digits count as equal, so
 * both order alike.
 */
function byScore(results: Result[]): Result[] {
  return results
    .map((r) => ({ r, score: Number(r.score.toPrecision(12)), id: String(r.id) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ r }) => r);
}

/**
 * The entries a query finds, best first: the pages it names (see naming), then those with a
 * section heading holding its words in order, then the others holding every word, by score. A
 * page the query names need not hold every word ("does e-stim speed up recovery" names electrical
 * muscle stimulation, whatever its text says of speed); and when no page holds every word, the
 * pages holding any of them follow.
 */
function rank(index: MiniSearch<SearchDocument>, read: ReadQuery, filter?: (r: SearchResult) => boolean): Ranked[] {
  const every = byScore(index.search(read.query, { filter }) as Result[]);
  const seen = new Set(every.map((r) => r.id));
  const some = byScore(index.search(anyOf(read), { filter }) as Result[]).filter((r) => !seen.has(r.id));
  const ranked = [...every, ...some]
    .map((r, order) => ({ ...r, naming: naming(r, read), order }))
    .filter((r) => r.order < every.length || r.naming.level > 0 || r.naming.section > 0 || every.length === 0);
  ranked.sort(
    ({ naming: a, order }, { naming: b, order: later }) =>
      b.level - a.level || b.words - a.words || a.extra - b.extra || b.section - a.section || order - later,
  );
  return ranked;
}

/** A query as search reads it: trimmed, and cut at 200 characters so an absurd one costs little. */
export const searchText = (query: string) => query.trim().slice(0, 200);

/** The two to four things a query asks to compare (see comparedParts), or undefined. */
export function comparisonParts(text: string): string[] | undefined {
  const parts = comparedParts(text);
  return parts && parts.length <= 4 ? parts : undefined;
}

/** The tool or method one part of a comparison names, by its names, else by the best match of its title and names. */
function entityNamed(data: SearchData, text: string): Result | undefined {
  const read = readQuery(text, data.terms.synonyms);
  if (!read) return undefined;
  const filter = (r: SearchResult) => entityKind(String(r.id)) !== undefined;
  const [best] = rank(data.index, read, filter);
  if (best?.naming.level) return best;
  return byScore(data.index.search(read.query, { filter, fields: ["title", "aliases"] }) as Result[])[0];
}

/**
 * The comparison a query asks for ("a vs b"), when every part names a tool or a method. Tools and
 * methods are not compared in one table, so when a query mixes them each tool stands for the
 * method it delivers ("massage gun vs foam roller" compares percussion massage and foam rolling);
 * a part that names the same method as another is dropped, and fewer than two left is no comparison.
 */
function comparison(data: SearchData, text: string): { hit: SearchHit; ids: string[] } | undefined {
  const parts = comparisonParts(text);
  if (!parts) return undefined;
  const found = parts.map((p) => entityNamed(data, p));
  if (found.some((r) => !r)) return undefined;
  let entries = found.map((r) => ({ id: String(r!.id), title: String(r!.title), method: String(r!.method ?? "") }));
  const kinds = new Set(entries.map((e) => entityKind(e.id)));
  const mixed = kinds.size > 1;
  if (mixed) {
    entries = entries.flatMap((e) => {
      if (entityKind(e.id) === "modalities") return [e];
      const id = `/modalities/${e.method}`;
      const method = e.method ? data.index.getStoredFields(id) : undefined;
      return method ? [{ id, title: String(method.title), method: "" }] : [];
    });
  }
  entries = entries.filter((e, i) => entries.findIndex((o) => o.id === e.id) === i);
  if (entries.length < 2) return undefined;
  const kind = mixed ? "modalities" : entityKind(entries[0].id)!;
  const slugs = entries.map((e) => e.id.slice(e.id.lastIndexOf("/") + 1));
  const summary =
    kind === "tools"
      ? "Side by side: price, running costs, the evidence for the methods they deliver, time per session, body areas and safety."
      : `Side by side: the evidence for each outcome, cost, time per session, dose, timing and risks.${mixed ? " A tool is compared as the method it delivers." : ""}`;
  return {
    hit: { id: compareHref(kind, slugs), kind: ANSWER_KINDS.comparison, title: `Compare ${entries.map((e) => e.title).join(" vs ")}`, summary },
    ids: entries.map((e) => e.id),
  };
}

/** A method's grade for each outcome, each linked to why it has that grade on the method's page. */
function gradesOf(r: Result, terms: SearchTerms): SearchHit["grades"] {
  const grades = typeof r.grades === "string" && r.grades ? r.grades.split(",") : [];
  if (grades.length !== terms.outcomes.length) return undefined;
  return terms.outcomes.map((o, i) => ({ outcome: o.label, grade: terms.grades[grades[i]] ?? grades[i], href: `${r.id}#${o.anchor}` }));
}

/** How many results a search shows: the best of them (a full list is the best of more). */
export const SEARCH_LIMIT = 20;

/**
 * The best hits for a query; a blank or absurd query returns nothing rather than failing. Used
 * by the server and by the browser on the data it loads, so both answer alike. In order:
 * 1. an answer: the comparison a query asks for ("theragun vs hypervolt"), then the things
 *    compared; or the evidence map for an outcome the query names ("DOMS", "sore legs"); or the
 *    finder for a body area it names ("calves", "calf");
 * 2. the pages the query names by title or any other name, as typed or through the vocabulary
 *    ("do compression boots work" names pneumatic compression), then those it names in part
 *    ("theragun" is part of "Theragun PRO"); a method first carries its grades;
 * 3. every other page holding all the query's words, then any of them, titles and names weighing
 *    more than summaries, summaries more than text.
 */
export function searchIndex(data: SearchData, query: string, limit = SEARCH_LIMIT): SearchHit[] {
  const text = searchText(query);
  const read = text ? readQuery(text, data.terms.synonyms) : undefined;
  if (!read) return [];
  const results = rank(data.index, read);
  const lead: SearchHit[] = [];
  const compared = results[0]?.naming.level === 2 ? undefined : comparison(data, text);
  if (compared) {
    lead.push(compared.hit);
    for (const id of compared.ids) {
      const stored = data.index.getStoredFields(id);
      if (stored) lead.push(hit({ ...stored, id } as unknown as Result));
    }
  }
  const outcome = data.terms.outcomes.find((o) => o.names.some((n) => read.phrasings.includes(n)));
  if (outcome) lead.push({ id: outcome.href, kind: ANSWER_KINDS.outcome, title: outcome.title, summary: outcome.summary });
  const area = data.terms.areas.find((a) => a.names.some((n) => read.phrasings.includes(n)));
  if (area) lead.push({ id: area.href, kind: ANSWER_KINDS.area, title: area.title, summary: area.summary });
  const hits = [...lead, ...results.map(hit)];
  const unique = hits.filter((h, i) => hits.findIndex((o) => o.id === h.id) === i).slice(0, limit);
  // The method a query names, wholly or in part, comes with its grades when nothing answers before it.
  const [first] = results;
  if (first?.naming.level && unique[0]?.id === first.id && entityKind(String(first.id)) === "modalities") {
    unique[0] = { ...unique[0], grades: gradesOf(first, data.terms) };
  }
  return unique;
}
