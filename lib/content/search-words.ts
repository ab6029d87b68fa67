// How search reads words, shared by the content check (which holds content/search-vocabulary.md to
// the names the site uses), the server's /search page and the browser's instant search, so all
// three read a query alike. Plain functions with no imports: this file ships to the browser.

/** Plurals the cheap way gets wrong, among the words runners use: "calves" would be "calve", never "calf". */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ["calves", "calf"],
  ["halves", "half"],
]);

/**
 * A word as search compares it: lower case, accents and punctuation gone, and a plural reduced to
 * its singular the cheap way ("boots" → "boot", "therapies" → "therapy"), or from
 * IRREGULAR_PLURALS ("calves" → "calf"). Crude on purpose and the same on both sides (the index,
 * the query, the vocabulary), so "ice baths" meets "Ice bath".
 */
export function stem(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return irregular;
  if (word.length <= 3 || !word.endsWith("s") || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

/** Splits text into words as search compares them (see stem); "E-stim" is "e stim", "2.0" is "2 0". */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stem);
}

/**
 * Words that carry no meaning in what runners type: the frame of a question ("do … work", "is …
 * worth it"), of a comparison ("compare … and …", "… vs …") and words every page shares
 * ("running", "runner"). They are dropped from a query, and from names as search compares them,
 * unless nothing else is left. Stored stemmed, as searchWords returns them.
 */
export const IGNORED_WORDS: ReadonlySet<string> = new Set(
  [
    "a", "an", "the", "and", "or", "vs", "v", "versus", "against", "compare", "compared", "comparison",
    "difference", "differences", "between", "which", "what", "whats", "how", "why", "when", "where", "who",
    "is", "are", "was", "be", "do", "does", "did", "can", "could", "should", "would", "will", "i", "im",
    "me", "my", "you", "your", "it", "its", "to", "of", "for", "in", "on", "at", "with", "from", "about",
    "after", "before", "any", "anything", "really", "actually", "worth", "work", "working", "help",
    "good", "better", "bad", "get", "buy", "use", "using", "thing", "run", "running", "runner",
  ].map(stem),
);

/**
 * Words nearly every page holds on a recovery guide ("recovery"): they still make names ("Recovery
 * boots"), but a page is not found by them, so a query asks the index for its other words.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(["recovery"]);

/** A query's words without the ones search ignores; all of them when nothing else is left. */
export function meaningfulWords(words: readonly string[]): string[] {
  const kept = words.filter((w) => !IGNORED_WORDS.has(w));
  return kept.length ? kept : [...words];
}

/** A name as search compares it: its meaningful words, joined by one space. */
export function nameKey(text: string): string {
  return meaningfulWords(searchWords(text)).join(" ");
}

/**
 * Every way a title names its page: the whole title, the part before a colon ("Recovery
 * supplements: tart cherry…"), and a title's words outside and inside brackets ("Pneumatic
 * compression (recovery boots)" is also "Pneumatic compression" and "recovery boots").
 */
export function titleNames(title: string): string[] {
  const names = [title];
  const colon = title.indexOf(":");
  if (colon > 0) names.push(title.slice(0, colon));
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(title);
  if (bracket) names.push(bracket[1], bracket[2]);
  return names;
}

/** Whether `phrase` (words) appears in `words` as consecutive words. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length || phrase.length > words.length) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
