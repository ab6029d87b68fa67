import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { COLLECTION_NAMES, collections } from "./collections";
import { normalizeSource, parseSource, type Position } from "./frontmatter";
import type { ContentIssue } from "./issues";
import type { LoadedContent } from "./load";
import { capitalised, GRADE_LABELS, GRADES, OUTCOMES } from "./vocabulary";
import { citeLabel, findCitations } from "./citation-syntax";

// The editorial rules the published site keeps beyond what each file's schema and links say:
// how much an article says, which sections a method article has, and which articles must exist.
// `npm run content:check` runs them on content/ after loading, so an editor who breaks one sees
// it in the same `file:line:column  field  message` form as any other problem, and the build
// (which runs the check first) stops. Rules the schema and the link check already enforce stay
// there: every method's evidence on all five outcomes, every evidence entry pointing at a study
// (and result) that exists and agrees with its numbers, every quote naming a real target, every
// tool delivering at least one published method, every price and spec carrying its source's kind
// and own date ("n.d." when it has none).

/** The collections of articles; studies are all frontmatter, so the rules about prose skip them. */
type Collection = "modalities" | "tools" | "guides";

export interface CorpusRule {
  name: string;
  /** `root` is the folder `content` was loaded from: issues point at files in it. */
  check(content: LoadedContent, root: string): ContentIssue[];
}

/** The fewest words a published article's body has: fewer cannot cover what EDITING.md asks of each kind. */
export const MIN_WORDS: Record<Collection, number> = { modalities: 500, tools: 250, guides: 400 };

/**
 * What every published method article covers, each found by a level-2 heading holding one of
 * `words` (case aside). `heading` is the one `npm run new` writes, offered when it is missing.
 */
export const METHOD_SECTIONS: readonly { topic: string; words: readonly string[]; heading: string }[] = [
  { topic: "how it works", words: ["how it works"], heading: "How it works" },
  { topic: "what the research shows", words: ["research"], heading: "What the research shows" },
  { topic: "how to do it (the dose)", words: ["how to", "dose"], heading: "How to do it" },
  { topic: "when to do it", words: ["timing", "when to use"], heading: "Timing" },
  { topic: "who benefits", words: ["who benefits"], heading: "Who benefits most" },
  { topic: "who should skip it and its risks", words: ["skip", "risk"], heading: "When to skip it" },
  { topic: "cost and access", words: ["cost", "access"], heading: "Cost and access" },
];

/** A tool's cheaper or free alternative is named in at least this many words: "None." or "TBD" tells a reader nothing. */
export const MIN_ALTERNATIVE_WORDS = 3;

/** An article the site cannot do without, and why. */
export interface RequiredArticle {
  collection: Collection;
  slug: string;
  why: string;
}

const PROMISE = "the site promises a page on every recovery method its sources discuss";

/** The recovery methods the source articles discuss, each of which the site promises to cover. */
const PROMISED_METHODS = [
  "cold-water-immersion",
  "cryotherapy-chamber",
  "local-cold-therapy",
  "heat-therapy",
  "contrast-water-therapy",
  "pneumatic-compression",
  "compression-garments",
  "percussion-massage",
  "electrical-muscle-stimulation",
  "foam-rolling",
  "massage",
  "mobility-and-stretching",
  "active-recovery",
  "elevation",
  "sleep",
  "nutrition",
  "kinesiology-tape",
  "chafing-care",
  "wearables-and-readiness",
  "vibration-therapy",
  "recovery-supplements",
];

export const REQUIRED_ARTICLES: readonly RequiredArticle[] = [
  { collection: "guides", slug: "methodology", why: "every evidence table and the footer of every page link to it" },
  { collection: "guides", slug: "recovery-foundations", why: "the finder links to it to explain why sleep and food come first" },
  ...PROMISED_METHODS.map((slug) => ({ collection: "modalities" as const, slug, why: PROMISE })),
];

const COLLECTIONS: readonly Collection[] = ["modalities", "tools", "guides"];

/** Positions are looked up only for a broken rule, by parsing the file again. */
function sourceOf(root: string, collection: Collection, slug: string) {
  return parseSource(readFileSync(join(root, collection, `${slug}.md`), "utf8"));
}

function published<C extends Collection>(content: LoadedContent, collection: C): LoadedContent[C] {
  return content[collection].filter((entry) => !entry.draft) as LoadedContent[C];
}

const issue = (file: string, at: Position, field: string, message: string): ContentIssue => ({ file, ...at, field, message });

/** The source text of every published article in every collection, for the rules that read the words as written. */
function publishedSources(content: LoadedContent, root: string) {
  return COLLECTION_NAMES.flatMap((collection) =>
    content[collection]
      .filter((e) => !e.draft)
      .map((e) => ({ collection, slug: e.slug, file: e.file, text: readFileSync(join(root, collection, `${e.slug}.md`), "utf8") })),
  );
}

/** The line and column (both from 1) of the character at `index` in `text`. */
function positionAt(text: string, index: number): Position {
  const before = text.slice(0, index);
  return { line: before.split("\n").length, column: index - before.lastIndexOf("\n") };
}

/**
 * The prose of every published article (studies are all frontmatter): its body, each line with
 * where it starts in the body (articles write a paragraph or list item per line), and the file
 * position of any index into the body, for the rules that read the words as written.
 */
function publishedProse(content: LoadedContent, root: string) {
  return publishedSources(content, root)
    .filter(({ collection }) => collection !== "studies")
    .map(({ collection, slug, file, text }) => {
      const source = normalizeSource(text);
      const parsed = parseSource(source);
      const start = source.length - parsed.body.length;
      let at = 0;
      const lines = parsed.body.split("\n").map((line) => {
        const offset = at;
        at += line.length + 1;
        return { line, offset };
      });
      return { collection, slug, file, parsed, lines, positionOf: (bodyIndex: number) => positionAt(source, start + bodyIndex) };
    });
}

const minimumLength: CorpusRule = {
  name: "minimum-length",
  check(content, root) {
    return COLLECTIONS.flatMap((collection) =>
      published(content, collection)
        .filter((entry) => entry.body.words < MIN_WORDS[collection])
        .map((entry) =>
          issue(
            entry.file,
            { line: sourceOf(root, collection, entry.slug).bodyLine, column: 1 },
            "(body)",
            `the article has ${entry.body.words} words; a published ${collections[collection].singular} needs at least ${MIN_WORDS[collection]}`,
          ),
        ),
    );
  },
};

const methodSections: CorpusRule = {
  name: "method-sections",
  check(content, root) {
    return published(content, "modalities").flatMap((m) => {
      const headings = m.body.toc.filter((t) => t.depth === 2).map((t) => t.text.toLowerCase());
      const missing = METHOD_SECTIONS.filter((s) => !headings.some((h) => s.words.some((w) => h.includes(w))));
      if (!missing.length) return [];
      const at = { line: sourceOf(root, "modalities", m.slug).bodyLine, column: 1 };
      return missing.map((s) =>
        issue(
          m.file,
          at,
          "(body)",
          `no section on ${s.topic}: add a "## ${s.heading}" heading (any level-2 heading with ${s.words.map((w) => `"${w}"`).join(" or ")} in it counts)`,
        ),
      );
    });
  },
};

const namedAlternative: CorpusRule = {
  name: "named-alternative",
  check(content, root) {
    return published(content, "tools")
      .filter((t) => t.alternative.note.split(/\s+/).filter(Boolean).length < MIN_ALTERNATIVE_WORDS)
      .map((t) =>
        issue(
          t.file,
          sourceOf(root, "tools", t.slug).locate(["alternative", "note"]),
          "alternative.note",
          `say what the cheaper or free alternative is, in at least ${MIN_ALTERNATIVE_WORDS} words: "${t.alternative.note}" does not tell a reader what to try`,
        ),
      );
  },
};

const requiredArticles: CorpusRule = {
  name: "required-articles",
  check(content, root) {
    return REQUIRED_ARTICLES.flatMap(({ collection, slug, why }): ContentIssue[] => {
      const path = join(root, collection, `${slug}.md`);
      const entry = content[collection].find((e) => e.slug === slug);
      if (entry?.draft) {
        const message = `${why}, so /${collection}/${slug} must be published: delete the draft line when it is ready`;
        return [issue(entry.file, sourceOf(root, collection, slug).locate(["draft"]), "draft", message)];
      }
      // A file that exists but did not load has its own problems reported already.
      if (entry || existsSync(path)) return [];
      const title = capitalised(slug.replace(/-/g, " "));
      const message = `${why}, so /${collection}/${slug} must exist: start it with npm run new -- ${collections[collection].singular} "${title}"`;
      return [issue(relative(process.cwd(), path), { line: 1, column: 1 }, "(missing file)", message)];
    });
  },
};

/**
 * Words that show readers how the site is made rather than what is known. Each pattern comes
 * with what to write instead.
 */
export const PROCESS_WORDS: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /\bour (?:reader |own )?research(?: notes)?\b/gi, instead: "name the source, or say what is known" },
  { pattern: /(?<!\bour (?:reader |own )?)\bresearch notes\b/gi, instead: "name the source, or say what is known" },
  { pattern: /\bwe (?:could not|couldn't|did not|didn't) (?:find|retrieve|verify|confirm)\b/gi, instead: 'say "no published source was found" or what the maker does not publish' },
  { pattern: /\bnot retrieved\b/gi, instead: "say what is not known, not what was not fetched" },
  { pattern: /\b(?:could not|couldn't|cannot|can't) be (?:read|retrieved|opened|fetched|accessed)\b|\b(?:was|were) (?:not |un)?readable\b/gi, instead: "say what the sources state, or that no source was found" },
  { pattern: /\bfrom memory\b/gi, instead: "cite the source or leave the claim out" },
  { pattern: /\bUNVERIFIED\b/g, instead: "check the fact or leave it out" },
];

const readerLanguage: CorpusRule = {
  name: "reader-language",
  check(content, root) {
    return publishedSources(content, root).flatMap(({ file, text }) =>
      PROCESS_WORDS.flatMap(({ pattern, instead }) =>
        [...text.matchAll(pattern)].map((m) => issue(file, positionAt(text, m.index), "(wording)", `"${m[0]}" tells readers how the site is made: ${instead}`)),
      ),
    );
  },
};

/** A sum of money as prose writes it ("$899", "£1,299", "A$69", "€39.95"), its number in group 1. */
const MONEY = /(?:A\$|C\$|US\$|\$|£|€)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d{1,2})?)(?![\d,])/g;

/** Words before a sum that make it a bound ("under $50", "up to $300") rather than a price. */
const BOUND = /\b(?:under|over|below|above|up to|less than|more than)\s+$/i;

/**
 * Where prose ends a sentence: ".", "!" or "?", perhaps closed by a quote, a bracket or the end of
 * a bold run, then a space and a capital, a digit, a link, a quote or a bold run. "e.g." and the
 * like end nothing, so "(e.g. NHS Inform n.d.)" stays in its sentence.
 */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|cf|vs|approx|Dr|St|Mr|Ms|Mrs|U\.S)\.)(?<=[.!?]["”’)*_]*)\s+(?=[\p{Lu}\d*_["“(])/u;

/** The sentences of one line of prose, each with where it starts in the line. */
function sentencesOf(line: string, from = 0): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let rest = line.slice(from);
  let at = from;
  for (let m = SENTENCE_END.exec(rest); m; m = SENTENCE_END.exec(rest)) {
    out.push({ text: rest.slice(0, m.index), index: at });
    at += m.index + m[0].length;
    rest = rest.slice(m.index + m[0].length);
  }
  out.push({ text: rest, index: at });
  return out;
}

/** The sentence of `text` that holds the character at `index`, split as every prose rule splits them. */
function sentenceAround(text: string, index: number): string {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const lineEnd = text.indexOf("\n", index);
  const sentences = sentencesOf(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
  return sentences.findLast((sentence) => sentence.index <= index - lineStart)!.text;
}

/**
 * One claim, one answer, for prices: a tool's price and yearly running costs live in its own file,
 * and any other article that names the tool quotes them with `:price[slug]` or
 * `:running-cost[slug]`, so a new price changes every page at once. A sum in a sentence that names
 * a priced tool (by link or by title) and equals one of its prices or yearly costs is that figure
 * written out again; a frontmatter line that does so has no quote to use, so it should
 * say less (or point at the tool).
 */
const quotedPrices: CorpusRule = {
  name: "quoted-prices",
  check(content, root) {
    const priced = published(content, "tools")
      .map((t) => ({
        slug: t.slug,
        title: t.title,
        amounts: new Set(Object.values(t.prices).flatMap((p) => (p ? [p.amount, ...(p.upTo ? [p.upTo] : [])] : []))),
        yearly: new Set(Object.values(t.runningCosts?.perYear ?? {}).flatMap((c) => (c ? [c.amount] : []))),
      }))
      .filter((t) => t.amounts.size > 0 || t.yearly.size > 0);
    return publishedSources(content, root).flatMap(({ collection, slug, file, text }) =>
      [...text.matchAll(MONEY)].flatMap((m) => {
        // "Under $50" is a budget, not a price: a bound says nothing a tool's page could change.
        if (BOUND.test(text.slice(Math.max(0, m.index - 12), m.index))) return [];
        const amount = Number(m[1].replace(/,/g, ""));
        const sentence = sentenceAround(text, m.index);
        const tool = priced.find(
          (t) =>
            !(collection === "tools" && t.slug === slug) &&
            (t.amounts.has(amount) || t.yearly.has(amount)) &&
            (sentence.includes(`/tools/${t.slug})`) || sentence.includes(t.title)),
        );
        if (!tool) return [];
        const [what, quote] = tool.amounts.has(amount) ? ["price", "price"] : ["yearly running cost", "running-cost"];
        return [issue(file, positionAt(text, m.index), "(price)", `"${m[0]}" writes out ${tool.title}'s ${what} again: quote it with :${quote}[${tool.slug}], so this page changes when /tools/${tool.slug} does`)];
      }),
    );
  },
};

/**
 * A grade named in prose ("soreness is graded limited", "the moderate grade") is a grade typed by
 * hand: it stays put when new evidence moves the computed one, and the page then contradicts its
 * own table. Only an article's body is read; its `changes` list records past grades on purpose.
 */
const GRADE_NAMES = [...GRADES.map((g) => g.replace("-", " ")), ...Object.values(GRADE_LABELS).map((l) => l.toLowerCase())]
  .sort((x, y) => y.length - x.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const TYPED_GRADE = new RegExp(
  `\\b(?:graded|grade (?:is|was|stays|of)|grades (?:this|that|the|each) outcome)\\s+(?:as\\s+)?(?:${GRADE_NAMES})\\b|\\b(?:${GRADE_NAMES}) grade\\b`,
  "gi",
);

const typedGrades: CorpusRule = {
  name: "typed-grades",
  check(content, root) {
    return publishedProse(content, root).flatMap(({ file, parsed, positionOf }) =>
      [...parsed.body.matchAll(TYPED_GRADE)].map((m) =>
        issue(file, positionOf(m.index), "(grade)", `"${m[0]}" writes a grade by hand: quote it with :grade[method/outcome], so the sentence changes when the evidence does`),
      ),
    );
  },
};

/** A number as prose writes an effect: "0.47", "-0.33", "−0.07", "+0.66"; its size without sign in group 1. */
const EFFECT_NUMBER = /(?<![\d.,])[−+-]?(\d+\.\d+)(?![\d.]*\d)/g;

/**
 * One claim, one answer, for effect sizes: a study's results live in its record, and a page that
 * gives one quotes it with `:effect[study/result]`, so a corrected record corrects every page. A
 * number in a paragraph that cites a study and equals the size of one of its results is that
 * result written out again. A method page may write out the numbers of the studies behind its own
 * grades, since it explains each one beside the table that prints its recorded numbers.
 */
const quotedEffects: CorpusRule = {
  name: "quoted-effects",
  check(content, root) {
    const studyByLabel = new Map(content.studies.filter((s) => !s.draft).map((s) => [citeLabel(s), s]));
    const gradedBy = new Map(content.modalities.map((m) => [m.slug, new Set(OUTCOMES.flatMap((o) => m.evidence[o].entries.map((e) => e.study)))]));
    return publishedProse(content, root).flatMap(({ collection, slug, file, lines, positionOf }) => {
      const own = collection === "modalities" ? gradedBy.get(slug) : undefined;
      // Articles write each paragraph and list item on one line, so a line is the paragraph.
      return lines.flatMap(({ line, offset }) => {
        const cited = findCitations(line).flatMap(({ label }) => studyByLabel.get(label) ?? []).filter((study) => !own?.has(study.slug));
        return [...line.matchAll(EFFECT_NUMBER)].flatMap((m) => {
          const size = Number(m[1]);
          for (const study of cited) {
            const ids = study.results.filter((r) => Math.abs(r.effect) === size).map((r) => r.id);
            if (ids.length === 0) continue;
            // Two results of one study can share a size: the editor knows which one the sentence means.
            const quote = ids.map((id) => `:effect[${study.slug}/${id}]`).join(" or ");
            const message = `"${m[0]}" writes out a result of ${citeLabel(study)} again: quote it with ${quote}, so this page changes when the study's record does`;
            return [issue(file, positionOf(offset + m.index), "(effect)", message)];
          }
          return [];
        });
      });
    });
  },
};

/** Who a safety warning sends a reader to, or the help it tells them to get (any case). */
const REFERRAL_WORDS =
  /\b(?:doctors?|physicians?|pharmacists?|midwi(?:fe|ves)|nurses?|clinicians?|physiotherapists?|physical therapists?|health ?care (?:providers?|professionals?|practitioners?)|health (?:professionals?|practitioners?)|medical (?:advice|help|care|attention|assessment)|urgent care|ambulance|emergency (?:department|services|number)|(?:urgent|same-day) appointment|get (?:it|this|them) checked|seen urgently|(?:see|ask|consult|talk to|check with) (?:a|your) (?:health |medical )?professional)\b/i;

/** The same, written in capitals or as a phone number: case matters, so "GPS" and "$999" are not referrals. */
const REFERRAL_CODES = /\b(?:GPs?|A&E)\b|(?<![\d$£€.,])\b(?:999|911|111)\b(?![\d,])/;

/** The conditions and warning signs that make a referral a health claim rather than a courtesy. */
const WARNING_SIGN =
  /\b(?:clots?|clotting|DVT|thrombosis|embolism|heart(?![- ]rate)\w*|cardiac|cardiovascular|palpitations?|blood pressure|hypertension|circulat\w*|arter(?:y|ies|ial)|Raynaud\w*|pregnan\w*|pacemakers?|implants?|surgery|diabet\w*|epilep\w*|varicose|bleeding|blood thinners?|hernias?|fractures?|infect\w*|wounds?|numb(?:ness)?|tingl\w*|dizz\w*|allerg\w*|chest pain|breathless\w*|shortness of breath|faint\w*|swollen[^.]*\bcal(?:f|ves)|cal(?:f|ves)\b[^.]*\bswollen)\b/i;


const LIST_MARKER = /^\s*(?:[-*+]|\d+\.)\s+/;

/** A referral that points at conditions named elsewhere: "if either applies to you", "if you have any of these:". */
const BACK_REFERENCE = /\b(?:these|those|either|any of (?:them|these|those)|(?:this|that) applies|the above)\b|:\s*$/i;

/**
 * What a referral that points elsewhere points at: the sentence before it on its line, or, when it
 * ends with a colon, the list that follows it.
 */
function referredTo(sentences: readonly { text: string }[], k: number, after: readonly { line: string }[]): string {
  if (!/:\s*$/.test(sentences[k].text)) return sentences[k - 1]?.text ?? "";
  const list = after.slice(after.findIndex(({ line }) => line.trim() !== ""));
  const end = list.findIndex(({ line }) => !LIST_MARKER.test(line));
  return list
    .slice(0, end < 0 ? undefined : end)
    .map(({ line }) => line)
    .join(" ");
}

/** A semicolon between clauses; one inside parentheses separates citations: "(Medi n.d.; NHS Devon n.d.)". */
const CLAUSE_END = /;\s*(?![^()]*\))/;

/** A link to the safety section of a page on the site, or of this page: where the site already sources the advice. */
const SAFETY_SECTION_LINK = /\]\((?:\/[^)\s#]*)?#[^)\s]*(?:skip|risk|safe|warning|when-to-see)[^)\s]*\)/;

/**
 * Safety advice is a health claim like any other: a sentence that sends readers to a doctor
 * because of a condition or a warning sign ("ask a doctor first if you have had a blood clot")
 * names who advises it, a health service, a regulator, a maker's manual or a study, or links to
 * the safety section of the page that does. A referral with no condition ("pain that changes how
 * you run needs a physiotherapist") is a courtesy, not a claim, and passes; so do headings, which
 * ask rather than advise. A method's `risks` line is read clause by clause (its clauses are joined
 * by semicolons), so each clause that refers a reader carries its own source. A referral that
 * points elsewhere ("if either applies to you, ask a doctor"; "ask a doctor if you have:") is read
 * with the sentence before it, or the list after it.
 */
const citedSafety: CorpusRule = {
  name: "cited-safety",
  check(content, root) {
    const uncited = (text: string) =>
      (REFERRAL_WORDS.test(text) || REFERRAL_CODES.test(text)) && WARNING_SIGN.test(text) && findCitations(text).length === 0 && !SAFETY_SECTION_LINK.test(text);
    const message = (sentence: string) =>
      `"${sentence.length > 60 ? `${sentence.slice(0, 57)}…` : sentence}" gives safety advice with no source: cite the health service, regulator, maker or study that gives it, e.g. "(NHS Inform n.d.)", or link to the section that does`;
    return publishedProse(content, root).flatMap(({ collection, slug, file, parsed, lines, positionOf }) => {
      const risks = collection === "modalities" ? content.modalities.find((m) => m.slug === slug)?.risks : undefined;
      const badClause = risks
        ?.split(CLAUSE_END)
        .flatMap((clause) => sentencesOf(clause).map((s) => s.text))
        .find(uncited);
      const fromRisks = badClause === undefined ? [] : [issue(file, parsed.locate(["risks"]), "risks", message(badClause))];
      const fromBody = lines.flatMap(({ line, offset }, n) => {
        if (/^#{1,6}\s/.test(line)) return [];
        // A list item's marker is not part of its first sentence.
        const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
        const sentences = sentencesOf(line, marker);
        return sentences
          .filter((s, k) => uncited(s.text) || (BACK_REFERENCE.test(s.text) && uncited(`${referredTo(sentences, k, lines.slice(n + 1))} ${s.text}`)))
          .map((s) => issue(file, positionOf(offset + s.index), "(safety)", message(s.text)));
      });
      return [...fromRisks, ...fromBody];
    });
  },
};

export const CORPUS_RULES: readonly CorpusRule[] = [minimumLength, methodSections, namedAlternative, requiredArticles, readerLanguage, quotedPrices, typedGrades, quotedEffects, citedSafety];

/** Every broken corpus rule in content loaded (drafts included) from `root`; drafts are held only to being published where the site needs them. */
export function checkCorpusRules(content: LoadedContent, root: string): ContentIssue[] {
  return CORPUS_RULES.flatMap((rule) => rule.check(content, root));
}
