import { createHash } from "node:crypto";
import type { Catalog } from "./catalog";
import { searchData } from "./search";
import type { SearchData, SearchDocument } from "./search-options";
import type { DocPiece, NamePiece, PieceRef, SearchMeta, TermPiece } from "./search-pieces";

// Splits the whole index into the pieces the browser fetches (search-pieces.ts), at build time.
// Sizes are in bytes of JSON before compression; a piece ends at the first word past its size, so
// a term's postings are never split. Each file's name carries a hash of its content: a piece can
// be kept for a year by any cache, and a reader holding an older meta file never mixes builds.

export const PIECE_BYTES = 12_000;
export const DOCS_PER_FILE = 8;

interface SplitOptions {
  pieceBytes?: number;
  docsPerFile?: number;
}

/** Every file of the index in pieces, by name, meta.json first. */
export type SearchPieces = Map<string, unknown>;

const named = (prefix: string, content: unknown) => `${prefix}-${createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 10)}.json`;

/** Entries by their key, in code-point order: the order pieceFor searches them in. */
const byKey = <T,>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/** Cuts sorted entries into runs of about `limit` bytes each. */
function runs<T>(entries: readonly T[], size: (entry: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const s = size(entry);
    if (current.length && bytes + s > limit) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += s;
  }
  if (current.length) out.push(current);
  return out;
}

/** The whole index the server searches, in pieces; the same index always gives the same files. */
export function splitSearchIndex({ index, terms }: SearchData, { pieceBytes = PIECE_BYTES, docsPerFile = DOCS_PER_FILE }: SplitOptions = {}): SearchPieces {
  const js = index.toJSON();
  const ids = Object.entries(js.documentIds).map(([sid, id], i) => {
    if (Number(sid) !== i) throw new Error(`search index: short ids are not 0..n-1 (found ${sid} at ${i})`);
    return String(id);
  });
  // What the index stores of each page (SEARCH_OPTIONS.storeFields) is all a piece carries.
  const doc = (sid: number) => js.storedFields[sid] as Pick<SearchDocument, "kind" | "title" | "summary" | "weight" | "names" | "method" | "grades" | "sections">;
  const files: SearchPieces = new Map();

  const sorted = [...js.index].sort(byKey);
  const termFiles: PieceRef[] = runs(sorted, (e) => JSON.stringify(e).length, pieceBytes).map((run) => {
    const piece: TermPiece = run;
    const file = named("t", piece);
    files.set(file, piece);
    return { first: run[0][0], file };
  });

  // A page is listed under each word of its names and section headings (name keys, space-separated).
  const pagesByWord = new Map<string, number[]>();
  ids.forEach((_, sid) => {
    const d = doc(sid);
    for (const word of new Set(`${d.names}\n${d.sections}`.split(/\s+/).filter(Boolean))) {
      const list = pagesByWord.get(word) ?? [];
      list.push(sid);
      pagesByWord.set(word, list);
    }
  });
  const naming = (sid: number) => {
    const d = doc(sid);
    return { title: d.title, kind: d.kind, names: d.names, sections: d.sections, method: d.method, grades: d.grades };
  };
  const words = [...pagesByWord].sort(byKey);
  const nameFiles: PieceRef[] = runs(words, ([w, sids]) => w.length + sids.length * 160, pieceBytes).map((run) => {
    const pages = Object.fromEntries([...new Set(run.flatMap(([, sids]) => sids))].sort((a, b) => a - b).map((sid) => [sid, naming(sid)]));
    const piece: NamePiece = { words: run, pages };
    const file = named("n", piece);
    files.set(file, piece);
    return { first: run[0][0], file };
  });

  const docFiles: string[] = [];
  for (let start = 0; start < ids.length; start += docsPerFile) {
    const piece: DocPiece = {};
    for (let sid = start; sid < Math.min(ids.length, start + docsPerFile); sid++) piece[sid] = { kind: doc(sid).kind, title: doc(sid).title, summary: doc(sid).summary };
    const file = named("d", piece);
    files.set(file, piece);
    docFiles.push(file);
  }

  const meta: SearchMeta = {
    documentCount: js.documentCount,
    nextId: js.nextId,
    fieldIds: js.fieldIds,
    averageFieldLength: js.averageFieldLength,
    serializationVersion: js.serializationVersion,
    ids,
    fieldLength: ids.map((_, sid) => js.fieldLength[sid]),
    weights: ids.map((_, sid) => doc(sid).weight),
    vocabulary: sorted.map(([term]) => term),
    termFiles,
    nameFiles,
    docFiles,
    docsPerFile,
    terms,
  };
  return new Map([["meta.json", meta], ...files]);
}

let cached: { catalog: Catalog; pieces: SearchPieces } | undefined;

/** The site's index in pieces, split once per catalog from the index the server searches: what /search-index/[file] serves. */
export function searchPieces(catalog: Catalog): SearchPieces {
  if (cached?.catalog !== catalog) cached = { catalog, pieces: splitSearchIndex(searchData(catalog)) };
  return cached.pieces;
}
