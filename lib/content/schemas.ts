import { z } from "zod";
import { ATTRIBUTES, HOLES, TOOL_CATEGORIES, TOOL_CATEGORY_SLUGS, type AttributeKey } from "./benches";
import {
  BODY_AREAS,
  CERTAINTY,
  CURRENCIES,
  EFFECT_MEASURES,
  FINDINGS,
  MODALITY_CATEGORIES,
  OUTCOMES,
  POPULATIONS,
  RESEARCH_KINDS,
  RESULT_TOPICS,
  SETTINGS,
  SITUATIONS,
  MARKETS,
  SOURCE_KINDS,
  STUDY_KINDS,
} from "./vocabulary";
import { citeAsFitsYear, citeLabel, readsAsCitation } from "./citation-syntax";
import { sourceDay } from "./source-date";

// Frontmatter schemas: the contract editors write to. Every object is strict so a misspelt
// key is reported instead of silently ignored. Types for the rest of the app come from here, and
// each field's description is written here once: the JSON Schemas (editor hover), the scaffold
// of `npm run new` and the field table in EDITING.md are all generated from it.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slugString = () =>
  z.string().regex(SLUG_PATTERN, { error: "expected a slug in lowercase kebab-case, like \"cold-water-immersion\"" });

export const slug = slugString();

/**
 * The reference fields of every schema: which collection a slug field points into. Declaring the
 * target in the schema (like Astro's `reference()`) lets the cross-link check and the catalog
 * find and resolve every reference without a hand-written list of fields.
 */
export const referenceTargets = z.registry<{ collection: string }>();

/**
 * A field holding the slug (file name) of an entry of `collection`. The name is checked against
 * the registry when it loads (lib/content/collections.ts), since the registry is built from these
 * schemas and so cannot type them.
 */
export function ref(collection: string): z.ZodString {
  return slugString().register(referenceTargets, { collection });
}

export const isoDate = z.iso.date({ error: "expected a real date written YYYY-MM-DD, like 2026-11-23" });

export const line = z.string().trim().min(1, { error: "must not be empty" });

/** A method's risks line is read in a comparison table's cell and the quick facts, so it stays short. */
export const RISKS_MAX = 280;

const url = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

const oneSentence = z
  .string()
  .trim()
  .min(20, { error: "expected one sentence of at least 20 characters" })
  .max(200, { error: "expected one sentence of at most 200 characters" })
  .regex(/^[^\n]*[.!?]$/, { error: "expected one sentence on one line, ending with . ! or ?" });

const range = z
  .strictObject({ min: z.number().nonnegative(), max: z.number().positive() })
  .refine((r) => r.min <= r.max, { error: "min must not be larger than max", path: ["min"] });

const studyRefs = (description: string) =>
  z.array(ref("studies")).default([]).meta({ description, examples: [["dupuy-2018", "bleakley-2012"]] });

const evidenceEntry = z
  .strictObject({
    study: ref("studies").meta({ description: "The study: a file name in content/studies.", examples: ["dupuy-2018"] }),
    result: slug
      .optional()
      .meta({ description: "Which of the study's results applies: the id of one of its `results`. Its numbers (effect, 95% CI, certainty) are then shown and checked against the finding.", examples: ["delayed-soreness"] }),
    finding: z.enum(FINDINGS).meta({ description: "What the study found for this method and outcome: benefit, none (no meaningful difference), harm, or mixed." }),
    note: line.optional().meta({ description: "One line a reader needs to weigh this study here: who, what was compared, what it left out." }),
  })
  .meta({ description: "One study's finding for this outcome." });

const gradedOutcome = z
  .strictObject({
    summary: oneSentence.meta({ description: "One sentence on what the research shows for this outcome, and what it does not." }),
    entries: z
      .array(evidenceEntry)
      .default([])
      .meta({ description: "The studies that measured this outcome. The grade is computed from them by the rule on /guides/methodology; write none when nothing has been measured." }),
  })
  .meta({ description: "What the evidence shows for one outcome." });

const evidence = z
  .strictObject(
    Object.fromEntries(OUTCOMES.map((o) => [o, gradedOutcome])) as Record<(typeof OUTCOMES)[number], typeof gradedOutcome>,
  )
  .meta({ description: "The evidence for each outcome; grades are computed from it, never written." });

const cost = z
  .strictObject({
    from: z.number().nonnegative().meta({ description: "The lowest cost, in the currency below." }),
    to: z.number().nonnegative().optional().meta({ description: "The highest cost, for a range." }),
    currency: z.enum(CURRENCIES),
    note: line.optional().meta({ description: "What the range covers." }),
  })
  .meta({ description: "What the method costs to do, from free upwards." });

const change = z
  .strictObject({
    date: isoDate.meta({ description: "The day the change was published (YYYY-MM-DD)." }),
    summary: z
      .string()
      .trim()
      .min(20, { error: "say what changed in at least 20 characters" })
      .max(300, { error: "keep a change to at most 300 characters" })
      .regex(/^[^\n]*[.!?]$/, { error: "expected one line ending with . ! or ?" })
      .meta({ description: "What changed and why, in a sentence or two a reader can follow.", examples: ["Soreness regraded from moderate to limited: the Cochrane review rates its own evidence low."] }),
  })
  .meta({ description: "One correction or update." });

const changes = z
  .array(change)
  .default([])
  .refine((list) => list.every((c, i) => i === 0 || list[i - 1].date >= c.date), { error: "list changes newest first" })
  .meta({ description: "What changed in the article and when, newest first: corrections, regrades and new evidence. Shown on the page and carried by the feeds." });

/** A correction cannot be newer than the article's own review date, or the feed would date it wrongly. */
const changesNotAfterUpdate: [(a: { updated: string; changes: { date: string }[] }) => boolean, { error: string; path: string[] }] = [
  (a) => a.changes.every((c) => c.date <= a.updated),
  { error: "a change is dated after `updated`: set updated to the day of the newest change", path: ["changes"] },
];

const common = {
  title: line.max(80, { error: "expected a title of at most 80 characters" }).meta({ description: "The title as readers see it, at most 80 characters." }),
  summary: oneSentence.meta({ description: "One sentence of 20 to 200 characters, ending with a period; shown in lists, search and link previews." }),
  updated: isoDate.meta({ description: "The day the article was last reviewed (YYYY-MM-DD).", examples: ["2026-11-23"] }),
  draft: z.boolean().optional().meta({ description: "true shows the article in `npm run dev` only; drafts never reach the published site." }),
  references: studyRefs("Every study the article cites beyond its evidence grades: file names in content/studies."),
  changes,
};

export const modalityFrontmatter = z.strictObject({
  ...common,
  category: z.enum(MODALITY_CATEGORIES).meta({ description: "The group the method is listed under." }),
  aliases: z.array(line).default([]).meta({ description: "Other names readers use, shown as \"also called\".", examples: [["Ice bath", "Cold plunge"]] }),
  evidence,
  dose: line.optional().meta({ description: "One line on how much: duration, temperature, pressure.", examples: ["10–15 minutes at 10–15 °C"] }),
  timing: line.optional().meta({ description: "One line on when to use it, and when not to." }),
  sessionMinutes: range.optional().meta({ description: "How long one session takes, in minutes.", examples: [{ min: 10, max: 15 }] }),
  cost: cost.optional(),
  setting: z.array(z.enum(SETTINGS)).default([]).meta({ description: "Where it can be done." }),
  situations: z.array(z.enum(SITUATIONS)).default([]).meta({ description: "The runner's situations it suits; the finder ranks by these." }),
  bodyAreas: z.array(z.enum(BODY_AREAS)).default([]).meta({ description: "The body areas it reaches." }),
  risks: line
    .max(RISKS_MAX, { error: `keep it to at most ${RISKS_MAX} characters: the main risk and who should ask a doctor first, each with its source; the rest belongs in the "When to skip it" section` })
    .optional()
    .meta({ description: "One line on the main risks and who should ask a doctor first, each with its source; comparisons show it in a table cell." }),
}).refine(...changesNotAfterUpdate);

const SOURCE_DATE_EXPECTED = 'expected the source\'s own date written YYYY-MM-DD, or YYYY-MM when it gives only a month ("Updated April 2026"), or "n.d." when it shows none';

/** A real calendar day (YYYY-MM-DD) or month (YYYY-MM): Date accepts "2026-02-30" and rolls it over, so the round trip must match. */
const isCalendarDate = (v: string) => {
  if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(v)) return false;
  const day = new Date(`${sourceDay(v)}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
};

/**
 * A source's own date, or "n.d." when it shows none: never the day it was read or copied. A source
 * that gives only a month ("prices as of February 2026", a manual's "Rev. 02/2022") keeps that
 * precision rather than gaining a day it never gave.
 */
export const sourceDate = z
  .string({ error: SOURCE_DATE_EXPECTED })
  .refine((v) => v === "n.d." || isCalendarDate(v), { error: SOURCE_DATE_EXPECTED })
  .meta({ description: 'The date the source itself shows (YYYY-MM-DD, or YYYY-MM when it gives only a month), or "n.d." when it shows none: never the day it was read.', examples: ["2023-11-01", "2024-06", "n.d."] });

/** A source a tool page takes figures from, declared once and named by its key beside each figure. */
const toolSource = z
  .strictObject({
    title: line.meta({ description: "What the source is: the maker's spec page, a manual, a regulator record, a named review." }),
    kind: z.enum(SOURCE_KINDS).meta({ description: "maker, regulator, lab-test, retailer, review (an editorial review) or blog; a blog never outranks a maker or regulator." }),
    date: sourceDate,
    url: url.optional().meta({ description: "Where the figures can be checked." }),
  })
  .meta({ description: "One source of figures." });

const sourceKey = slug.meta({ description: "The key of one of this tool's `sources`." });

const marketPrice = z
  .strictObject({
    amount: z.number().positive().meta({ description: "The price in the market's currency, as the source gives it.", examples: [349] }),
    upTo: z.number().positive().optional().meta({ description: "The top of a price range." }),
    source: sourceKey,
    note: line.optional().meta({ description: "What the price includes or leaves out." }),
  })
  .meta({ description: "A price in one market, in its currency, from a named source." });

const benchCell = z
  .union([
    z.enum(HOLES),
    z.strictObject({
      value: z.union([z.number(), z.boolean(), line, range]),
      source: sourceKey,
      note: line.optional(),
    }),
  ])
  .meta({ description: 'A value with the key of its source, or "not-published" (the maker\'s pages and manual were read and do not say) or "not-found" (no source found).' });

export const toolFrontmatter = z.strictObject({
  ...common,
  brand: line.meta({ description: "The maker, or Generic." }),
  category: z.enum(TOOL_CATEGORY_SLUGS).meta({ description: "The kind of product; its bench (lib/content/benches.ts) says which attributes the page must state." }),
  modalities: z
    .array(ref("modalities"))
    .min(1, { error: "list at least one modality slug this tool delivers" })
    .meta({ description: "The methods it delivers, main one first: file names in content/modalities.", examples: [["pneumatic-compression"]] }),
  replacedBy: ref("tools").optional().meta({ description: "The model that replaced this one, when it is discontinued: a file name in content/tools." }),
  sources: z.record(slug, toolSource).default({}).meta({ description: "Every source the page takes a price or figure from, each under a short key." }),
  prices: z
    .partialRecord(z.enum(MARKETS), marketPrice)
    .default({})
    .meta({ description: "The price in each market a source gives one for (US, UK, EU, AU, CA), in that market's currency. Leave a market out when no source gives it." }),
  runningCosts: z
    .strictObject({
      note: line.meta({ description: "What it costs to keep using: pads, gel, ice, electricity, a subscription." }),
      perYear: z
        .partialRecord(z.enum(MARKETS), z.strictObject({ amount: z.number().nonnegative(), source: sourceKey }))
        .default({})
        .meta({ description: "A year's running costs per market, when a source gives the figures they are built from." }),
    })
    .optional()
    .meta({ description: "What it costs to keep using it beyond the price; with a year's figures for a market, the page shows a first-year cost there." }),
  bench: z.record(z.string(), benchCell).default({}).meta({ description: "Every attribute of the category's bench: a sourced value, not-published or not-found." }),
  bodyAreas: z.array(z.enum(BODY_AREAS)).default([]).meta({ description: "The body areas it reaches." }),
  bestFor: z.array(line).min(1, { error: "say who this tool suits best (at least one line)" }).meta({ description: "Who it suits best, one line each." }),
  pros: z.array(line).min(1, { error: "list at least one pro" }).meta({ description: "What it does well, one line each." }),
  cons: z.array(line).min(1, { error: "list at least one con" }).meta({ description: "Its drawbacks, one line each." }),
  alternative: z
    .strictObject({
      note: line.meta({ description: "What the cheaper option is and how it compares." }),
      tool: ref("tools").optional().meta({ description: "A tool to link: a file name in content/tools." }),
      modality: ref("modalities").optional().meta({ description: "Or a method to link: a file name in content/modalities." }),
    })
    .meta({ description: "The free or cheaper option that delivers the same method." }),
})
  .refine(...changesNotAfterUpdate)
  .superRefine((tool, ctx) => {
    const known = Object.keys(tool.sources);
    const unknownSource = (key: string, path: PropertyKey[]) => {
      if (!known.includes(key)) ctx.addIssue({ code: "custom", path, message: `no source "${key}" in sources${known.length ? ` (sources: ${known.join(", ")})` : ": declare it under sources first"}` });
    };
    for (const [market, p] of Object.entries(tool.prices)) if (p) unknownSource(p.source, ["prices", market, "source"]);
    for (const [market, c] of Object.entries(tool.runningCosts?.perYear ?? {})) if (c) unknownSource(c.source, ["runningCosts", "perYear", market, "source"]);
    const bench = TOOL_CATEGORIES[tool.category].bench as readonly string[];
    for (const key of bench) {
      if (!(key in tool.bench)) {
        const a = ATTRIBUTES[key as AttributeKey];
        ctx.addIssue({ code: "custom", path: ["bench"], message: `${TOOL_CATEGORIES[tool.category].label} state ${key} (${a.label.toLowerCase()}: ${a.description}); write a sourced value, not-published or not-found` });
      }
    }
    for (const [key, cell] of Object.entries(tool.bench)) {
      if (!bench.includes(key)) {
        ctx.addIssue({ code: "custom", path: ["bench", key], message: `"${key}" is not on the ${TOOL_CATEGORIES[tool.category].label.toLowerCase()} bench (${bench.join(", ")})` });
        continue;
      }
      if (typeof cell === "string") continue;
      unknownSource(cell.source, ["bench", key, "source"]);
      const type = ATTRIBUTES[key as AttributeKey].type;
      const fits =
        type === "number" ? typeof cell.value === "number" : type === "yes-no" ? typeof cell.value === "boolean" : type === "range" ? typeof cell.value === "object" : typeof cell.value === "string";
      if (!fits) ctx.addIssue({ code: "custom", path: ["bench", key, "value"], message: `expected ${type === "range" ? "a range { min, max }" : type === "yes-no" ? "true or false" : `a ${type}`}` });
    }
  });

export const guideFrontmatter = z.strictObject({
  ...common,
  order: z.number().int().nonnegative().default(100).meta({ description: "Position in the guide list, lowest first." }),
  modalities: z.array(ref("modalities")).default([]).meta({ description: "Methods this guide discusses: file names in content/modalities." }),
  tools: z.array(ref("tools")).default([]).meta({ description: "Tools this guide discusses: file names in content/tools." }),
  planTimeline: z
    .boolean()
    .default(false)
    .meta({ description: "Show the planner's timeline of what to do in the 48 hours after a hard session, below the article." }),
}).refine(...changesNotAfterUpdate);

const pick = z
  .strictObject({
    tool: ref("tools").meta({ description: "The tool picked: a file name in content/tools." }),
    why: line.meta({ description: "Why, tied to the evidence grades and the bench: quote grades with :grade[...] in the body, not here." }),
  })
  .meta({ description: "One pick and the reason for it." });

export const categoryFrontmatter = z
  .strictObject({
    ...common,
    picksReviewed: isoDate.meta({ description: "The day the picks were last reviewed against the bench and the grades (YYYY-MM-DD)." }),
    picks: z
      .strictObject({
        mostRunners: pick.meta({ description: "The pick for most runners." }),
        budget: pick.optional().meta({ description: "The budget pick, if one is worth buying." }),
        upgrade: pick.optional().meta({ description: "The upgrade, only where one is worth it." }),
        mostRunnersNeedNone: z
          .boolean()
          .default(false)
          .meta({
            description:
              "True when most runners need nothing from this category (a bath does what a plunge tub does): the first pick is then labelled “If you buy one” on the guide and in the finder and planner, not “The pick for most runners”.",
          }),
      })
      .meta({ description: "Wirecutter-style picks for the category." }),
    skip: z
      .array(
        z.strictObject({
          tool: ref("tools").optional().meta({ description: "A tool to skip: a file name in content/tools." }),
          modality: ref("modalities").optional().meta({ description: "Or a whole method to skip: a file name in content/modalities." }),
          why: line.meta({ description: "Why the evidence says to skip it." }),
        }),
      )
      .default([])
      .meta({ description: "What to skip, where the evidence says so." }),
    considered: z.array(ref("tools")).default([]).meta({ description: "Every tool weighed for the picks: file names in content/tools." }),
  })
  .refine(...changesNotAfterUpdate);

const result = z
  .strictObject({
    id: slug.meta({ description: "A short name for this result, unique within the study; evidence entries point at it.", examples: ["delayed-soreness"] }),
    outcome: z.enum(RESULT_TOPICS).meta({ description: "What this result is about: one of the graded outcomes, or flexibility, safety or other (those can be quoted but cannot rest a grade)." }),
    measured: line.meta({ description: "What was measured, and when.", examples: ["soreness 24 hours after exercise"] }),
    measure: z.enum(EFFECT_MEASURES).meta({ description: "How the effect is stated." }),
    effect: z.number().meta({ description: "The pooled effect, as the study reports it.", examples: [-0.55] }),
    ci: z
      .tuple([z.number(), z.number()])
      .refine(([low, high]) => low <= high, { error: "the lower bound comes first" })
      .optional()
      .meta({ description: "The 95% confidence interval, lower bound first.", examples: [[-0.84, -0.27]] }),
    unit: line.optional().meta({ description: "The unit of a mean difference.", examples: ["points on a 10-point scale"] }),
    favours: z
      .enum(["higher", "lower"])
      .meta({ description: "Which side of no difference (0, or 1 for a ratio) favours the method: higher or lower values." }),
    certainty: z.enum(CERTAINTY).optional().meta({ description: "The study's own rating of its evidence (GRADE), when it gives one." }),
  })
  .meta({ description: "One result the study reports, with its numbers." });

export const studyFrontmatter = z
  .strictObject({
    title: line.meta({ description: "The work's own title." }),
    authors: line.meta({ description: "Authors as Surname Initials, separated by commas.", examples: ["Dupuy O, Douzi W, Theurot D, Bosquet L, Dugué B"] }),
    year: z.number().int().min(1900).max(2100).optional().meta({ description: "Year published; leave it out for undated pages (shown as n.d.)." }),
    citeAs: line
      .optional()
      .meta({
        description:
          "How the text cites it, when the first author's surname and the year would not do: a short name for an organisation, or a letter after the year that tells two works apart (APA style). It ends with the year, or n.d. for an undated page.",
        examples: ["FDA 2022", "Hill 2014b", "Therabody n.d.-a"],
      }),
    venue: line.meta({ description: "Where it appeared: journal with volume and pages, database, or site.", examples: ["Sports Medicine 46(4):503-514"] }),
    kind: z.enum(STUDY_KINDS).meta({ description: "What kind of work it is." }),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: "expected a bare DOI such as 10.1007/s40279-015-0431-7 (no https://doi.org/)" })
      .optional()
      .meta({ description: "A bare DOI, without https://doi.org/.", examples: ["10.1007/s40279-015-0431-7"] }),
    url: url.optional().meta({ description: "A link, when there is no DOI or a free copy helps." }),
    population: z.enum(POPULATIONS).optional().meta({ description: "Whom the results come from; required for research." }),
    pooled: z
      .strictObject({
        studies: z.number().int().positive().optional().meta({ description: "How many studies a review pooled." }),
        participants: z.number().int().positive().optional().meta({ description: "How many people took part, in all." }),
      })
      .optional()
      .meta({ description: "The size of the evidence: studies pooled and participants." }),
    results: z.array(result).default([]).meta({ description: "The numbers a reader needs, one per outcome and measure." }),
    certainty: z
      .enum(CERTAINTY)
      .optional()
      .meta({ description: "A review's own overall rating of its evidence (GRADE, or its verdict on risk of bias), for results that carry none of their own." }),
    note: line.optional().meta({ description: "One line a reader should know about this work." }),
    updated: isoDate.meta({ description: "The day this entry was last checked against the work (YYYY-MM-DD)." }),
    draft: z.boolean().optional().meta({ description: "true keeps the entry out of the published site." }),
  })
  .refine((s) => s.doi !== undefined || s.url !== undefined, {
    error: "a study needs a doi or a url so readers can find it",
    path: ["doi"],
  })
  .refine((s) => readsAsCitation(citeLabel(s)), {
    error: 'the label the text cites it by must read as a citation: start each word of the name with a capital letter ("NHS Inform n.d.", not "NHS inform n.d."), setting citeAs if the authors field does not',
    path: ["citeAs"],
  })
  .refine((s) => s.citeAs === undefined || citeAsFitsYear(s.citeAs, s.year), {
    error: "citeAs ends with the work's year (or n.d. when it has none), optionally with a letter: \"Hill 2014b\", \"Therabody n.d.-a\"",
    path: ["citeAs"],
  })
  .refine((s) => s.population !== undefined || !RESEARCH_KINDS.includes(s.kind), {
    error: "research on people must say whom it studied (population)",
    path: ["population"],
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.results.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: "custom", message: `the result id "${r.id}" is used twice`, path: ["results", i, "id"] });
      seen.add(r.id);
    });
  });

export type GradedOutcome = z.infer<typeof gradedOutcome>;
export type EvidenceEntry = z.infer<typeof evidenceEntry>;
export type Change = z.infer<typeof change>;
export type ModalityFrontmatter = z.infer<typeof modalityFrontmatter>;
export type ToolFrontmatter = z.infer<typeof toolFrontmatter>;
export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
export type StudyFrontmatter = z.infer<typeof studyFrontmatter>;
export type CategoryFrontmatter = z.infer<typeof categoryFrontmatter>;
/** The roles a buying guide picks for, in the order pages list them; every pick field of the schema is one. */
export type PickRole = Exclude<keyof CategoryFrontmatter["picks"], "mostRunnersNeedNone">;
export const PICK_ROLES = ["mostRunners", "budget", "upgrade"] as const satisfies readonly PickRole[];
// Fails to compile when the schema gains a pick the list above does not name.
const everyPickRoleListed: Exclude<PickRole, (typeof PICK_ROLES)[number]> extends never ? true : never = true;
void everyPickRoleListed;
export type StudyResult = z.infer<typeof result>;
export type MarketPrice = z.infer<typeof marketPrice>;
export type ToolSource = z.infer<typeof toolSource>;
export type BenchCell = z.infer<typeof benchCell>;
