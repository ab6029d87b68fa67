import MiniSearch, { type AsPlainObject, type Query } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { SEARCH_LIMIT, SEARCH_OPTIONS, comparisonParts, searchIndex, searchText, type SearchData, type SearchDocument, type SearchHit, type SearchTerms } from "./search-options";
import { readQuery } from "./search-query";

// The search index in pieces, as the browser fetches it: one small file that every query needs
// (the vocabulary, each page's address and field lengths, what query words mean), then only the
// pieces a query touches. From them the browser assembles a MiniSearch index that holds every term
// the query can match, with every posting of each, so it ranks exactly as the whole index does on
// the server (search.ts); tests/relevance holds the two to the same answers.

/** The fields a piece of the index carries for a page, as SearchDocument names them. */
type Stored = Partial<Pick<SearchDocument, "kind" | "title" | "summary" | "names" | "sections" | "method" | "grades">>;

/** What every query needs: loaded once, then kept. */
export interface SearchMeta {
  /** MiniSearch's own figures for the whole index, which its scores depend on. */
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  serializationVersion: number;
  /** By short id (MiniSearch's number for a page): its address, its field lengths, its weight. */
  ids: string[];
  fieldLength: number[][];
  weights: number[];
  /** Every term in the index, sorted, so prefixes and typos are matched exactly as MiniSearch matches them. */
  vocabulary: string[];
  /** The term pieces and the name pieces, each by the first word it holds, in order. */
  termFiles: PieceRef[];
  nameFiles: PieceRef[];
  /** docFiles[i] holds the pages with short ids from i × docsPerFile. */
  docFiles: string[];
  docsPerFile: number;
  terms: SearchTerms;
}

export interface PieceRef {
  first: string;
  file: string;
}

/** A run of consecutive terms with their postings, as MiniSearch serializes them. */
export type TermPiece = AsPlainObject["index"];

/**
 * A run of consecutive name words: for each, the pages one of whose names or section headings holds
 * it, and those pages' names and headings, which is all search reads of a page to decide whether
 * the query names it (search-options.ts, naming).
 */
export interface NamePiece {
  words: [string, number[]][];
  pages: Record<string, Stored>;
}

/** What a result shows, for a run of pages by short id. */
export type DocPiece = Record<string, Stored>;

/** The words of MiniSearch's query tree, read as MiniSearch reads each leaf. */
function leafTerms(query: Query): string[] {
  if (typeof query !== "string") return typeof query === "object" && "queries" in query ? query.queries.flatMap(leafTerms) : [];
  const tokenize = SEARCH_OPTIONS.searchOptions?.tokenize ?? SEARCH_OPTIONS.tokenize!;
  const process = SEARCH_OPTIONS.searchOptions?.processTerm ?? SEARCH_OPTIONS.processTerm!;
  return tokenize(query).flatMap((t) => process(t) ?? []).filter((t): t is string => !!t);
}

/** Every query search runs for this text: the text itself and, when it reads as a comparison, each part. */
function readings(meta: Pick<SearchMeta, "terms">, query: string) {
  const text = searchText(query);
  return [text, ...(comparisonParts(text) ?? [])].flatMap((t) => readQuery(t, meta.terms.synonyms) ?? []);
}

/** The index terms a query can match (exactly, by prefix, or with a typo) and the words a name must share to be named by it. */
export function lookupsFor(meta: Pick<SearchMeta, "terms">, vocabulary: SearchableMap<true>, query: string): { terms: Set<string>; words: Set<string> } {
  const options = SEARCH_OPTIONS.searchOptions ?? {};
  const maxFuzzy = options.maxFuzzy ?? 6;
  const terms = new Set<string>();
  const words = new Set<string>();
  for (const read of readings(meta, query)) {
    const leaves = leafTerms(read.query);
    leaves.forEach((term, i) => {
      if (vocabulary.has(term)) terms.add(term);
      const prefix = typeof options.prefix === "function" ? options.prefix(term, i, leaves) : options.prefix === true;
      if (prefix) for (const [match] of vocabulary.atPrefix(term)) terms.add(match);
      const fuzzy = typeof options.fuzzy === "function" ? options.fuzzy(term, i, leaves) : options.fuzzy;
      if (fuzzy) {
        const f = fuzzy === true ? 0.2 : fuzzy;
        const distance = f < 1 ? Math.min(maxFuzzy, Math.round(term.length * f)) : f;
        if (distance) for (const match of vocabulary.fuzzyGet(term, distance).keys()) terms.add(match);
      }
    });
    for (const phrasing of read.phrasings) for (const w of phrasing.split(" ")) if (w) words.add(w);
    for (const meant of read.meant) for (const w of meant) words.add(w);
  }
  return { terms, words };
}

/** The piece holding a word: the last whose first word sorts at or before it. */
export function pieceFor(refs: readonly PieceRef[], word: string): string | undefined {
  let lo = 0;
  let hi = refs.length - 1;
  let found: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].first <= word) {
      found = refs[mid].file;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A MiniSearch index over the given terms (with all their postings) and every page, ranking as the whole index does for them. */
export function assembleSearchData(meta: SearchMeta, terms: TermPiece, stored: ReadonlyMap<number, Stored>): SearchData {
  const js: AsPlainObject = {
    documentCount: meta.documentCount,
    nextId: meta.nextId,
    documentIds: Object.fromEntries(meta.ids.map((id, i) => [i, id])),
    fieldIds: meta.fieldIds,
    fieldLength: Object.fromEntries(meta.fieldLength.map((l, i) => [i, l])),
    averageFieldLength: meta.averageFieldLength,
    storedFields: Object.fromEntries(meta.ids.map((_, i) => [i, { weight: meta.weights[i], ...stored.get(i) }])),
    dirtCount: 0,
    index: terms,
    serializationVersion: meta.serializationVersion,
  };
  return { terms: meta.terms, index: MiniSearch.loadJS(js, SEARCH_OPTIONS) };
}

/** Fetches a piece of the index by file name; the browser's is fetch, a test's reads memory. */
export type LoadPiece = (file: string) => Promise<unknown>;

/**
 * Search over the index in pieces: the first query loads the meta file; each query then loads the
 * term and name pieces it needs, ranks, and loads what its results show. Pieces are kept, so a
 * query typed letter by letter fetches little after its first word.
 */
export function piecewiseSearch(load: LoadPiece) {
  const pieces = new Map<string, Promise<unknown>>();
  const piece = <T,>(file: string) => {
    if (!pieces.has(file)) {
      const loading = load(file);
      pieces.set(file, loading);
      loading.catch(() => pieces.delete(file)); // a failed fetch is tried again by the next query
    }
    return pieces.get(file) as Promise<T>;
  };
  let prepared: Promise<{ meta: SearchMeta; vocabulary: SearchableMap<true>; shortIds: Map<string, number> }> | undefined;
  const prepare = () =>
    (prepared ??= piece<SearchMeta>("meta.json").then(
      (meta) => ({
        meta,
        vocabulary: SearchableMap.from<true>(meta.vocabulary.map((t) => [t, true] as const)),
        shortIds: new Map(meta.ids.map((id, i) => [id, i])),
      }),
      (error) => {
        prepared = undefined;
        throw error;
      },
    ));

  return async function search(query: string, limit = SEARCH_LIMIT): Promise<SearchHit[]> {
    const { meta, vocabulary, shortIds } = await prepare();
    const { terms, words } = lookupsFor(meta, vocabulary, query);
    const files = (refs: PieceRef[], keys: Set<string>) => [...new Set([...keys].flatMap((k) => pieceFor(refs, k) ?? []))];
    const [termPieces, namePieces] = await Promise.all([
      Promise.all(files(meta.termFiles, terms).map((f) => piece<TermPiece>(f))),
      Promise.all(files(meta.nameFiles, words).map((f) => piece<NamePiece>(f))),
    ]);
    const index = termPieces.flat().filter(([term]) => terms.has(term));
    const stored = new Map<number, Stored>();
    const keep = (pages: Record<string, Stored>) => {
      for (const [sid, fields] of Object.entries(pages)) stored.set(Number(sid), { ...stored.get(Number(sid)), ...fields });
    };
    namePieces.forEach((p) => keep(p.pages));
    const rankWith = async () => searchIndex(assembleSearchData(meta, index, stored), query, limit);
    const hits = await rankWith();
    // What the results show (a summary, a kind) comes with the pages found; display never changes the order.
    const shown = [...new Set(hits.flatMap((h) => (shortIds.has(h.id) ? [Math.floor(shortIds.get(h.id)! / meta.docsPerFile)] : [])))];
    if (!shown.length) return hits;
    (await Promise.all(shown.map((i) => piece<DocPiece>(meta.docFiles[i])))).forEach(keep);
    return rankWith();
  };
}
