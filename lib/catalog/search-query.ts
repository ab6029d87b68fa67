import type { Query } from "minisearch";
import { COMMON_WORDS, IGNORED_WORDS, searchWords } from "../content/search-words";

// How a query is read before it is searched: its meaningful words, the synonyms of
// content/search-vocabulary.md found in it, and whether it asks to compare things. Pure functions
// shared by the server and the browser (they ship in the instant search's bundle).

/** A synonym of the vocabulary, as search words: each phrase runners type (every word), and what it means (its meaningful words). */
export interface SynonymWords {
  words: string[][];
  means: string[];
}

/** One stretch of a query: words as typed, and what they mean when the vocabulary lists them. */
interface Segment {
  words: string[];
  means?: string[];
}

export interface ReadQuery {
  /** The tree MiniSearch runs: every segment must match, a synonym by its own words or by what it means. */
  query: Query & object;
  /**
   * The query as a name could read it (name keys, see nameKey): as typed, and with each synonym as
   * typed or replaced by what it means. A page one of them names is the page the query asks for.
   */
  phrasings: string[];
  /** What each synonym found in the query means, as words: a page one of whose names holds them is a page the query names. */
  meant: string[][];
}

/** Splits meaningful words into segments, taking the longest synonym phrase at each word. */
function segments(words: readonly string[], synonyms: readonly SynonymWords[]): Segment[] {
  const found: Segment[] = [];
  let plain: string[] = [];
  for (let i = 0; i < words.length; ) {
    let best: { length: number; means: string[] } | undefined;
    for (const s of synonyms) {
      for (const phrase of s.words) {
        if (phrase.length > (best?.length ?? 0) && phrase.every((w, j) => words[i + j] === w)) best = { length: phrase.length, means: s.means };
      }
    }
    if (best) {
      if (plain.length) found.push({ words: plain });
      plain = [];
      found.push({ words: words.slice(i, i + best.length), means: best.means });
      i += best.length;
    } else {
      plain.push(words[i]);
      i += 1;
    }
  }
  if (plain.length) found.push({ words: plain });
  return found;
}

const all = (words: readonly string[]): Query & object => ({ combineWith: "AND", queries: [words.join(" ")] });
const eachWord = (words: readonly string[]): Query[] => words.map((w) => all([w]));

/** Reads a query; undefined when it holds no word at all ("%00 ((("). */
export function readQuery(text: string, synonyms: readonly SynonymWords[]): ReadQuery | undefined {
  const typed = searchWords(text);
  if (!typed.length) return undefined;
  // Synonyms are found among every word typed ("what to eat"), then the words search ignores are dropped.
  const found = segments(typed, synonyms)
    .map((p) => (p.means ? p : { words: p.words.filter((w) => !IGNORED_WORDS.has(w)) }))
    .filter((p) => p.words.length);
  const parts = found.length ? found : [{ words: typed }];
  const asked = (p: Segment) => (p.means ? [p] : [{ words: p.words.filter((w) => !COMMON_WORDS.has(w)) }]).filter((q) => q.words.length);
  const terms = parts.flatMap(asked).length ? parts.flatMap(asked) : parts;
  const query: Query & object = {
    combineWith: "AND",
    queries: terms.flatMap((p) => (p.means ? [{ combineWith: "OR", queries: [all(p.words), all(p.means)] }] : eachWord(p.words))),
  };
  // Each synonym read either way: "cheap compression boots" is also "best compression boots", and
  // "boots" alone means pneumatic compression without "compression boots" ceasing to be a name.
  let phrasings: string[][] = [[]];
  for (const p of parts) {
    const typedWay = p.words.filter((w) => !IGNORED_WORDS.has(w));
    const ways = p.means && phrasings.length < 16 ? [typedWay, p.means] : [p.words];
    phrasings = phrasings.flatMap((before) => ways.map((w) => [...before, ...w]));
  }
  return { query, phrasings: [...new Set(phrasings.map((p) => p.join(" ")))], meant: parts.flatMap((p) => (p.means ? [p.means] : [])) };
}

/** The same tree with its segments joined by OR: what to try when no page holds every segment. */
export function anyOf(read: ReadQuery): Query & object {
  return { ...read.query, combineWith: "OR" };
}

// "compare a and b", "difference between a and b", "which is better, a or b", "a or b?", "is a better than b"
const CUE = /^\s*(?:compare|comparing|comparison of|differences? between|which is better|what is better|which is best|should i (?:get|buy|use))\b[\s,:]*/i;
const SEPARATOR = /\s*(?:,|\/|&|\+|\bvs\b\.?|\bv\b\.?|\bversus\b|\bor\b|\bagainst\b|\bcompared (?:to|with)\b|\b(?:better|worse|cheaper) than\b|\binstead of\b)\s*/i;
const AND = /\s+and\s+/i;

/**
 * The things a query asks to compare, as typed, or undefined when it does not read as a
 * comparison: "a vs b", "a or b", "a, b and c", "compare a and b", "is a better than b". A plain "and" separates only
 * after a cue or beside another separator, so "tart cherry and chocolate milk" stays one thing.
 */
export function comparedParts(text: string): string[] | undefined {
  const cue = CUE.exec(text);
  const rest = (cue ? text.slice(cue[0].length) : text).replace(/[?!.]+\s*$/, "");
  const split = rest.split(SEPARATOR);
  const parts = (cue || split.length > 1 ? split.flatMap((p) => p.split(AND)) : split).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts : undefined;
}
