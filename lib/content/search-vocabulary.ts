import { z } from "zod";
import type { ContentCache } from "./content-cache";
import type { ContentIssue } from "./issues";
import { line } from "./schemas";
import { readSiteFile } from "./site-file";
import { didYouMean } from "./suggest";
import { BODY_AREAS, OUTCOMES, OUTCOME_LABELS, OUTCOME_SHORT_LABELS, type Outcome } from "./vocabulary";
import { containsPhrase, nameKey, searchWords, titleNames } from "./search-words";

/**
 * The words runners type, mapped to the words the site uses: one table, written by editors in
 * content/search-vocabulary.md, that search reads on the server and in the browser alike. "Ice
 * tub" finds cold water immersion because a line here says so, not because code does.
 *
 * What a synonym means must be words the site itself uses for something: words found in the title
 * or an "also called" name of a published page, or an outcome the site grades ("soreness"). A
 * synonym leading to words nothing is called would find nothing by name, so the check refuses it
 * (that is how a typo such as "cold water imersion" is caught), and names the closest words that
 * would do.
 */
export const SEARCH_VOCABULARY_FILE = "search-vocabulary.md";

export const synonym = z.strictObject({
  words: z
    .array(line)
    .min(1, { error: "list at least one word or phrase runners type" })
    .meta({ description: "What runners type: words or phrases, any case; plurals and punctuation are matched anyway.", examples: [["ice bath", "cold plunge", "ice tub"]] }),
  means: line.meta({
    description: "The site's words for it: words from the title or an \"also called\" name of a published page, or an outcome the site grades (soreness, fatigue, performance, strength gains, endurance gains).",
    examples: ["cold water immersion"],
  }),
});

export const searchVocabularyFrontmatter = z.strictObject({
  synonyms: z.array(synonym).min(1).meta({ description: "Each entry maps what runners type to the site's words." }),
});

export type Synonym = z.output<typeof synonym>;
export interface SearchVocabulary {
  file: string;
  synonyms: Synonym[];
}

/** Every name an outcome goes by: its key ("strength gains"), its label with and without brackets ("DOMS") and its short label. */
export function outcomeNames(outcome: Outcome): string[] {
  return [outcome.replace(/-/g, " "), ...titleNames(OUTCOME_LABELS[outcome]), OUTCOME_SHORT_LABELS[outcome]];
}

/** The body areas a query can name to be answered with the finder for it ("calves"); the whole body is no one area. */
export const NAMED_BODY_AREAS = BODY_AREAS.filter((a) => a !== "whole-body");

/**
 * The name a body area goes by: its key in words ("hips and glutes"); the vocabulary adds runners'
 * words for it ("calf"). The IT band goes by its full name, since search reads "it" as a word of no
 * meaning and "IT band" would be "band".
 */
export function bodyAreaNames(area: (typeof BODY_AREAS)[number]): string[] {
  return [area === "it-band" ? "iliotibial band" : area.replace(/-/g, " ")];
}

/** A name some page goes by, as the check shows it in a message. */
export interface KnownName {
  name: string;
  /** The page, or the outcome, that goes by it. */
  owner: string;
}

/**
 * Checks the table against the names the site uses: every `means` must be words found in one of
 * them; a word listed twice, or a word that is already exactly a page's name but leads elsewhere,
 * is a mistake too (search puts a page its name matches first, so that synonym would never lead).
 */
export function checkSynonyms(
  synonyms: readonly Synonym[],
  names: readonly KnownName[],
  at: (path: (string | number)[], message: string) => ContentIssue,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = names.map((n) => ({ ...n, words: searchWords(n.name), key: nameKey(n.name) }));
  const byKey = new Map<string, typeof known>();
  for (const n of known) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n]);
  // A page goes by several names; it "means" the target when any of them holds the target's words.
  const means = (owner: string, target: string[]) => known.some((n) => n.owner === owner && containsPhrase(n.words, target));
  const seen = new Map<string, { word: string; at: number }>();
  synonyms.forEach((s, i) => {
    const target = searchWords(s.means);
    const found = known.some((n) => containsPhrase(n.words, target));
    if (!found) {
      issues.push(
        at(
          ["synonyms", i, "means"],
          `"${s.means}" names nothing on the site: use words from a page's title or "also called" names, or an outcome the site grades${didYouMean(s.means.toLowerCase(), new Set(names.map((n) => n.name.toLowerCase())))}`,
        ),
      );
    }
    s.words.forEach((word, j) => {
      const key = nameKey(word);
      const typed = searchWords(word).join(" ");
      const before = seen.get(typed);
      if (before) {
        const same = before.word === word ? "is already listed" : `reads the same as "${before.word}" to search, which is listed`;
        issues.push(at(["synonyms", i, "words", j], `"${word}" ${same} under synonyms[${before.at}]: list each word once`));
        return;
      }
      seen.set(typed, { word, at: i });
      const owners = (byKey.get(key) ?? []).filter((n) => !means(n.owner, target));
      if (found && owners.length) {
        issues.push(
          at(
            ["synonyms", i, "words", j],
            `"${word}" is already a name of ${owners[0].owner}, which search puts first for it: remove it here, or make it mean that page's words`,
          ),
        );
      }
    });
  });
  return issues;
}

/**
 * Reads content/search-vocabulary.md and checks it against the names the site uses. A site
 * without the file has no synonyms (search still matches titles, names and text); a file that is
 * there must be valid, or the build stops with the file, line and field.
 */
export function loadSearchVocabulary(root: string, cache: ContentCache, names: readonly KnownName[]): { vocabulary?: SearchVocabulary; issues: ContentIssue[] } {
  const read = readSiteFile(root, SEARCH_VOCABULARY_FILE, searchVocabularyFrontmatter, cache);
  if (!read || !("data" in read)) return { issues: read?.issues ?? [] };
  const { data, file, at } = read;
  const outcomes = OUTCOMES.flatMap((o) => outcomeNames(o).map((name) => ({ name, owner: `the outcome "${o}"` })));
  const areas = NAMED_BODY_AREAS.flatMap((a) => bodyAreaNames(a).map((name) => ({ name, owner: `the body area "${a}"` })));
  const problems = checkSynonyms(data.synonyms, [...names, ...outcomes, ...areas], at);
  return problems.length ? { issues: problems } : { vocabulary: { file, synonyms: data.synonyms }, issues: [] };
}

