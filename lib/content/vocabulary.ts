// The fixed words editors choose from. Each list is ordered the way pages show it.

export const MODALITY_CATEGORIES = [
  "foundations",
  "cold",
  "heat",
  "compression",
  "soft-tissue",
  "electrical",
  "movement",
  "support",
  "monitoring",
] as const;

export const CATEGORY_LABELS: Record<(typeof MODALITY_CATEGORIES)[number], string> = {
  foundations: "Foundations: sleep and food",
  cold: "Cold",
  heat: "Heat",
  compression: "Compression",
  "soft-tissue": "Massage and soft tissue",
  electrical: "Electrical stimulation",
  movement: "Movement and mobility",
  support: "Support and skin care",
  monitoring: "Monitoring",
};

/**
 * The outcomes every modality is graded on, in the order they are shown. Long-term adaptation is
 * two outcomes because the evidence splits there: regular cold water blunts strength and muscle
 * gains in trials while endurance gains look untouched.
 */
export const OUTCOMES = ["soreness", "fatigue", "performance", "strength-gains", "endurance-gains"] as const;

export const OUTCOME_LABELS: Record<(typeof OUTCOMES)[number], string> = {
  soreness: "Muscle soreness (DOMS)",
  fatigue: "Perceived fatigue and recovery",
  performance: "Next-session performance",
  "strength-gains": "Long-term strength and muscle gains",
  "endurance-gains": "Long-term endurance gains",
};

/**
 * What a study's result can be about: the graded outcomes, and the few other things studies
 * report that readers still ask about (range of motion, safety). Only results about a graded
 * outcome can rest a grade; the others can still be quoted.
 */
export const RESULT_TOPICS = [...OUTCOMES, "flexibility", "safety", "other"] as const;

export const RESULT_TOPIC_LABELS: Record<(typeof RESULT_TOPICS)[number], string> = {
  ...OUTCOME_LABELS,
  flexibility: "Flexibility and range of motion",
  safety: "Safety",
  other: "Other",
};

/** Short names for the columns of the evidence map. */
export const OUTCOME_SHORT_LABELS: Record<(typeof OUTCOMES)[number], string> = {
  soreness: "Soreness",
  fatigue: "Fatigue",
  performance: "Next session",
  "strength-gains": "Strength gains",
  "endurance-gains": "Endurance gains",
};

/**
 * From most to least support for a benefit. "no-effect" (studied, and no benefit found) is kept
 * apart from "insufficient" (not studied enough), because a reader deserves to know the
 * difference. Which grade an outcome gets is decided by the rule in lib/catalog/grading.ts.
 */
export const GRADES = ["strong", "moderate", "limited", "conflicting", "no-effect", "insufficient", "harm"] as const;

export const GRADE_LABELS: Record<(typeof GRADES)[number], string> = {
  strong: "Strong evidence of benefit",
  moderate: "Moderate evidence of benefit",
  limited: "Limited evidence of benefit",
  conflicting: "Conflicting evidence",
  "no-effect": "Studied: no benefit found",
  insufficient: "Not enough evidence",
  harm: "Evidence of harm or blunted gains",
};

/** What a study found for one outcome of one method, as an evidence entry states it. */
export const FINDINGS = ["benefit", "none", "harm", "mixed"] as const;

export const FINDING_LABELS: Record<(typeof FINDINGS)[number], string> = {
  benefit: "benefit",
  none: "no meaningful difference",
  harm: "harm or blunted gains",
  mixed: "benefit on some measures, not others",
};

/**
 * What kind of work a study entry is, from the strongest kind of evidence to the weakest. Research
 * kinds state their population; makers' pages, regulator records, health services' pages and
 * editorial reviews count towards no grade: they back facts and safety advice.
 */
export const STUDY_KINDS = [
  "cochrane-review",
  "meta-analysis",
  "systematic-review",
  "randomized-trial",
  "trial",
  "observational",
  "validation-study",
  "position-stand",
  "consensus-statement",
  "narrative-review",
  "regulator-record",
  "health-service",
  "maker",
  "editorial-review",
] as const;

export const STUDY_KIND_LABELS: Record<(typeof STUDY_KINDS)[number], string> = {
  "cochrane-review": "Cochrane review",
  "meta-analysis": "Meta-analysis",
  "systematic-review": "Systematic review",
  "randomized-trial": "Randomised trial",
  trial: "Trial",
  observational: "Observational study",
  "validation-study": "Validation study",
  "position-stand": "Position stand",
  "consensus-statement": "Consensus statement",
  "narrative-review": "Narrative review",
  "regulator-record": "Regulator record",
  "health-service": "Health service page",
  maker: "Maker's page or manual",
  "editorial-review": "Editorial review",
};

/**
 * What schema.org calls each kind of cited work. Scholarship is a ScholarlyArticle; a maker's
 * manual, a health service's advice, a regulator's record or a magazine review is a WebPage, and
 * calling it research would pass it off as such. A new kind must choose.
 */
export const STUDY_KIND_SCHEMA_TYPES: Record<(typeof STUDY_KINDS)[number], "ScholarlyArticle" | "WebPage"> = {
  "cochrane-review": "ScholarlyArticle",
  "meta-analysis": "ScholarlyArticle",
  "systematic-review": "ScholarlyArticle",
  "randomized-trial": "ScholarlyArticle",
  trial: "ScholarlyArticle",
  observational: "ScholarlyArticle",
  "validation-study": "ScholarlyArticle",
  "position-stand": "ScholarlyArticle",
  "consensus-statement": "ScholarlyArticle",
  "narrative-review": "ScholarlyArticle",
  "regulator-record": "WebPage",
  "health-service": "WebPage",
  maker: "WebPage",
  "editorial-review": "WebPage",
};

/** The kinds that report research on people, and so must say whom they studied. */
export const RESEARCH_KINDS: readonly StudyKind[] = [
  "cochrane-review",
  "meta-analysis",
  "systematic-review",
  "randomized-trial",
  "trial",
  "observational",
  "validation-study",
];

/** Whom a study's results come from, nearest to the site's readers first. */
export const POPULATIONS = ["runners", "endurance-athletes", "athletes", "active-adults", "untrained-adults", "mixed", "clinical"] as const;

export const POPULATION_LABELS: Record<(typeof POPULATIONS)[number], string> = {
  runners: "Runners",
  "endurance-athletes": "Endurance athletes",
  athletes: "Athletes (mixed or team sports)",
  "active-adults": "Active adults",
  "untrained-adults": "Untrained adults",
  mixed: "Mixed: athletes and untrained people",
  clinical: "Patients (clinical)",
};

/** How a study states an effect. */
export const EFFECT_MEASURES = ["smd", "hedges-g", "cohens-d", "mean-difference", "percent-change", "risk-ratio", "odds-ratio"] as const;

export const EFFECT_MEASURE_LABELS: Record<(typeof EFFECT_MEASURES)[number], string> = {
  smd: "standardised mean difference",
  "hedges-g": "Hedges' g",
  "cohens-d": "Cohen's d",
  "mean-difference": "mean difference",
  "percent-change": "percent change",
  "risk-ratio": "risk ratio",
  "odds-ratio": "odds ratio",
};

/** What each measure means, in plain words, for the methodology's "Reading the numbers" (::reading-the-numbers). */
export const EFFECT_MEASURE_MEANINGS: Record<(typeof EFFECT_MEASURES)[number], string> = {
  smd: "The gap between the groups in units of how much people varied, so studies that scored soreness or strength on different scales can be pooled.",
  "hedges-g": "A standardised mean difference corrected for small samples; read it the same way.",
  "cohens-d": "A standardised mean difference without that correction; read it the same way.",
  "mean-difference": "The gap between the groups on the study's own scale, such as points on a 10-point soreness scale.",
  "percent-change": "How much better or worse one group did than the other, as a percentage.",
  "risk-ratio": "How often something happened in one group compared with the other: 1 means no difference, 0.5 means half as often.",
  "odds-ratio": "Like a risk ratio, computed on odds: 1 means no difference, and 0.1 means far less often.",
};

/** A review's own rating of how sure its evidence is (GRADE's four levels). */
export const CERTAINTY = ["high", "moderate", "low", "very-low"] as const;

export const CERTAINTY_LABELS: Record<(typeof CERTAINTY)[number], string> = {
  high: "high certainty",
  moderate: "moderate certainty",
  low: "low certainty",
  "very-low": "very low certainty",
};

export const SETTINGS = ["home", "gym", "clinic"] as const;

export const BODY_AREAS = [
  "calves",
  "shins",
  "quads",
  "hamstrings",
  "it-band",
  "hips-and-glutes",
  "knees",
  "feet-and-arches",
  "back",
  "upper-body",
  "whole-body",
] as const;

/** Who published a price or spec, from the most to the least direct; readers weigh a figure by it. */
export const SOURCE_KINDS = ["maker", "regulator", "lab-test", "retailer", "review", "blog"] as const;

export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  maker: "maker's page or manual",
  regulator: "regulator record",
  "lab-test": "independent lab test",
  retailer: "retailer listing",
  review: "editorial review",
  blog: "blog or aggregator",
};

/** The markets a reader can choose; every price on the site is shown in one of them, never mixed. */
export const MARKETS = ["US", "UK", "EU", "AU", "CA"] as const;

export const MARKET_LABELS: Record<(typeof MARKETS)[number], string> = {
  US: "United States (US$)",
  UK: "United Kingdom (£)",
  EU: "Eurozone (€)",
  AU: "Australia (A$)",
  CA: "Canada (CA$)",
};

export const MARKET_CURRENCY = { US: "USD", UK: "GBP", EU: "EUR", AU: "AUD", CA: "CAD" } as const;

export type Market = (typeof MARKETS)[number];

export const CURRENCIES = ["USD", "GBP", "EUR", "CAD", "AUD", "INR"] as const;

export const POWER_SOURCES = ["none", "mains", "battery", "mains-or-battery"] as const;

export const PORTABILITY = ["pocket", "gym-bag", "carry-on", "home-only"] as const;

export type ModalityCategory = (typeof MODALITY_CATEGORIES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Grade = (typeof GRADES)[number];
export type Finding = (typeof FINDINGS)[number];
export type Certainty = (typeof CERTAINTY)[number];
export type EffectMeasure = (typeof EFFECT_MEASURES)[number];
export type StudyKind = (typeof STUDY_KINDS)[number];
export type Population = (typeof POPULATIONS)[number];

/** Situations a runner can be in; modalities list the ones they suit. */
export const SITUATIONS = [
  "high-volume",
  "back-to-back",
  "little-time",
  "after-hard-session",
  "travel",
  "race-week",
] as const;


/** A word or phrase as it starts a label: "home" is "Home", "low certainty" is "Low certainty". */
export const capitalised = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** A label as it reads mid-sentence: capitalised words lowered, acronyms (DOMS, VO2) kept. */
export const inSentence = (label: string) => label.replace(/\b([A-Z])([a-z])/g, (_, first: string, next: string) => first.toLowerCase() + next);

/** What a runner can put on a day of the planner's week; a day with nothing on it is a rest day. */
export const SESSION_KINDS = ["easy", "long", "intervals", "race", "strength", "cross"] as const;

export const SESSION_KIND_LABELS: Record<(typeof SESSION_KINDS)[number], string> = {
  easy: "Easy run",
  long: "Long run",
  intervals: "Intervals or tempo",
  race: "Race",
  strength: "Strength session",
  cross: "Cross-training",
};

/** Each kind of session as a sentence names it, article included: "after an easy run", "holds a race". */
export const SESSION_KIND_PHRASES: Record<(typeof SESSION_KINDS)[number], string> = {
  easy: "an easy run",
  long: "a long run",
  intervals: "an interval or tempo session",
  race: "a race",
  strength: "a strength session",
  cross: "cross-training",
};

/** The sessions that leave the legs needing recovery; the rest are easy days. */
export const HARD_SESSION_KINDS: readonly (typeof SESSION_KINDS)[number][] = ["long", "intervals", "race", "strength"];

export const TIMES_OF_DAY = ["morning", "midday", "evening"] as const;

export const TIME_OF_DAY_LABELS: Record<(typeof TIMES_OF_DAY)[number], string> = {
  morning: "Morning",
  midday: "Midday",
  evening: "Evening",
};

/** When a suggestion belongs, counted from the end of the session it follows. */
export const PLAN_WINDOWS = ["within-30-min", "same-evening", "next-morning", "next-day"] as const;

export const PLAN_WINDOW_LABELS: Record<(typeof PLAN_WINDOWS)[number], string> = {
  "within-30-min": "Within 30 minutes",
  "same-evening": "The same evening",
  "next-morning": "The next morning",
  "next-day": "The next day",
};

/** Where the planner's runner will be: the places methods list, or on the road with what they carry. */
export const PLAN_SETTINGS = [...SETTINGS, "travelling"] as const;

export const PLAN_SETTING_LABELS: Record<(typeof PLAN_SETTINGS)[number], string> = {
  home: "At home",
  gym: "At a gym",
  clinic: "At a clinic or studio",
  travelling: "Travelling",
};

export type SessionKind = (typeof SESSION_KINDS)[number];
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export type PlanWindow = (typeof PLAN_WINDOWS)[number];
export type PlanSetting = (typeof PLAN_SETTINGS)[number];
