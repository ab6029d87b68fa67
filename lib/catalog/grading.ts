import { findingFromNumbers, TRIVIAL_EFFECT } from "../content/effects";
import type { EvidenceEntry, StudyFrontmatter, StudyResult } from "../content/schemas";
import type { Finding, Grade, Population, StudyKind } from "../content/vocabulary";

/**
 * The site's one grading rule. Every grade on every page is computed here from the evidence
 * entries an article lists; nothing else decides one. The methodology page renders GRADING_RULES
 * and COUNTING_RULES below, so the published rule and the grades cannot disagree.
 */

/** How a study's design weighs in the rule. */
export type Design = "pooled-review" | "review" | "trial" | "position-stand" | "not-counted";

const DESIGN_OF: Record<StudyKind, Design> = {
  "cochrane-review": "pooled-review",
  "meta-analysis": "pooled-review",
  "systematic-review": "review",
  "randomized-trial": "trial",
  trial: "trial",
  "position-stand": "position-stand",
  "consensus-statement": "position-stand",
  observational: "not-counted",
  "validation-study": "not-counted",
  "narrative-review": "not-counted",
  "regulator-record": "not-counted",
  "health-service": "not-counted",
  maker: "not-counted",
  "editorial-review": "not-counted",
};

export const designOf = (kind: StudyKind): Design => DESIGN_OF[kind];

const NEAR_READERS: readonly Population[] = ["runners", "endurance-athletes"];

/** One meta-analysis carries a benefit to moderate only when it pooled at least this many studies: fewer leave its estimate imprecise. */
export const MODERATE_POOL = 10;

/** The parts of a study the rule reads. */
export type GradedStudy = Pick<StudyFrontmatter, "kind" | "population" | "results" | "pooled" | "certainty"> & { slug: string };

/** One entry as the rule sees it: its study, the result it points at, and what it counts as. */
export interface WeighedEntry<S extends GradedStudy = GradedStudy> {
  entry: EvidenceEntry;
  study: S;
  result?: StudyResult;
  design: Design;
  /** The finding the rule uses: the entry's, or the one its result's numbers show when it has a CI. */
  finding: Finding;
  /** Whether the entry decides the grade, and if not, why not. */
  counted: boolean;
  notCountedBecause?: string;
}

export function weigh<S extends GradedStudy>(entry: EvidenceEntry, study: S): WeighedEntry<S> {
  const result = entry.result === undefined ? undefined : study.results.find((r) => r.id === entry.result);
  const design = designOf(study.kind);
  const finding = (result && findingFromNumbers(result)) ?? entry.finding;
  let notCountedBecause: string | undefined;
  if (design === "not-counted") notCountedBecause = "this kind of work is shown but does not decide a grade";
  else if (study.population === "clinical") notCountedBecause = "patients, not people recovering from exercise";
  return { entry, study, result, design, finding, counted: notCountedBecause === undefined, notCountedBecause };
}

/** The entries the rule decides on, split by design. */
export interface Basis {
  reviews: WeighedEntry[];
  pooled: WeighedEntry[];
  trials: WeighedEntry[];
  stands: WeighedEntry[];
  /** The reviews when there are any, else the trials: reviews outrank the trials they pool. */
  deciding: WeighedEntry[];
  nearReaders: WeighedEntry[];
}

function basisOf(entries: readonly WeighedEntry[]): Basis {
  const counted = entries.filter((e) => e.counted);
  const reviews = counted.filter((e) => e.design === "pooled-review" || e.design === "review");
  const trials = counted.filter((e) => e.design === "trial");
  return {
    reviews,
    pooled: reviews.filter((e) => e.design === "pooled-review"),
    trials,
    stands: counted.filter((e) => e.design === "position-stand" && e.finding === "benefit"),
    deciding: reviews.length ? reviews : trials,
    nearReaders: counted.filter((e) => e.design !== "position-stand" && NEAR_READERS.includes(e.study.population!)),
  };
}

/** The certainty the rule reads: a result's own rating, else the study's overall one. */
export const ratedCertainty = (result: Pick<StudyResult, "certainty"> | undefined, study: Pick<GradedStudy, "certainty">) => result?.certainty ?? study.certainty;
const certaintyOf = (e: WeighedEntry) => ratedCertainty(e.result, e.study);
const lowCertainty = (e: WeighedEntry) => certaintyOf(e) === "low" || certaintyOf(e) === "very-low";
const soundCertainty = (e: WeighedEntry) => certaintyOf(e) === "moderate" || certaintyOf(e) === "high";
const count = (list: readonly WeighedEntry[], finding: Finding) => list.filter((e) => e.finding === finding).length;

export interface GradingRule {
  grade: Grade;
  /** The condition, as the methodology page and the "why this grade" disclosure print it. */
  when: string;
  applies(basis: Basis): boolean;
}

/** Tried in this order; the first that applies decides, so no two grades can both fit. */
export const GRADING_RULES: readonly GradingRule[] = [
  {
    grade: "insufficient",
    when: "No review, and fewer than two trials, measured the outcome.",
    applies: (b) => b.reviews.length === 0 && b.trials.length < 2,
  },
  {
    grade: "harm",
    when: "A review found harm or blunted gains; or, with no review, at least two trials did and they outnumber trials finding a benefit.",
    applies: (b) =>
      b.reviews.length ? count(b.reviews, "harm") > 0 : count(b.trials, "harm") >= 2 && count(b.trials, "harm") > count(b.trials, "benefit"),
  },
  {
    grade: "conflicting",
    when: "The deciding studies disagree: some found a benefit and others none or harm, or a study found a benefit on some measures and not on others.",
    applies: (b) => count(b.deciding, "mixed") > 0 || (count(b.deciding, "benefit") > 0 && count(b.deciding, "benefit") < b.deciding.length),
  },
  {
    grade: "no-effect",
    when: "Every deciding study found no meaningful difference.",
    applies: (b) => b.deciding.every((e) => e.finding === "none"),
  },
  {
    grade: "strong",
    when:
      "Every deciding study found a benefit; at least two reviews (or one review and a position stand) agree; a meta-analysis rates its evidence of moderate or high certainty, or a position stand agrees; no review rates it low; and runners or endurance athletes were studied.",
    applies: (b) =>
      b.reviews.length + Math.min(b.stands.length, 1) >= 2 &&
      (b.pooled.some(soundCertainty) || b.stands.length > 0) &&
      !b.reviews.some(lowCertainty) &&
      b.nearReaders.length > 0,
  },
  {
    grade: "moderate",
    when: `Every deciding study found a benefit, shown by two meta-analyses or by one that pooled at least ${MODERATE_POOL} studies, and no review rates its evidence low or very low.`,
    applies: (b) =>
      (b.pooled.length >= 2 || b.pooled.some((e) => (e.study.pooled?.studies ?? 0) >= MODERATE_POOL)) && !b.reviews.some(lowCertainty),
  },
  {
    grade: "limited",
    when: "Every deciding study found a benefit, but only in trials, in reviews without pooled numbers, in one small meta-analysis, or in reviews that rate their own evidence low.",
    applies: () => true,
  },
];

/** Which studies count and how, printed above the rule table on the methodology page. */
/** What the rule's conditions mean by "deciding studies", said where each grade's reason is read too. */
export const DECIDING_STUDIES = "The deciding studies are the counted reviews, or the counted trials when no review measured the outcome.";

export const COUNTING_RULES: readonly string[] = [
  `Reviews (Cochrane reviews, meta-analyses and systematic reviews) and trials decide a grade. When an outcome has any review, the reviews decide it and the trials are shown beside them; otherwise the trials decide. ${DECIDING_STUDIES}`,
  "Observational studies, narrative reviews and makers' pages are shown but decide nothing. Position stands never decide a grade alone, but one that agrees with a review can carry a benefit to strong.",
  "Studies of patients count for nothing here: clinical pain is not the soreness that follows a run.",
  `A result with a 95% confidence interval counts by its numbers: an interval that includes no difference is no meaningful difference, and so is a standardised effect smaller than ${TRIVIAL_EFFECT} whatever its interval.`,
  "A study's own certainty rating (GRADE, or its overall verdict on the risk of bias) is used as given: a review that rates its evidence low holds a benefit at limited.",
  "A grade can be strong only when runners or endurance athletes were among the people studied.",
];

export interface Grading<S extends GradedStudy = GradedStudy> {
  grade: Grade;
  rule: GradingRule;
  entries: readonly WeighedEntry<S>[];
  /** How many of the counted studies were in runners or endurance athletes. */
  nearReaders: number;
  /** The entries the rule's conditions read (see DECIDING_STUDIES); other counted trials are shown beside them. */
  deciding: readonly WeighedEntry<S>[];
}

export function grade<S extends GradedStudy>(entries: readonly WeighedEntry<S>[]): Grading<S> {
  const basis = basisOf(entries);
  const rule = GRADING_RULES.find((r) => r.applies(basis))!;
  return { grade: rule.grade, rule, entries, nearReaders: basis.nearReaders.length, deciding: entries.filter((e) => basis.deciding.includes(e)) };
}
