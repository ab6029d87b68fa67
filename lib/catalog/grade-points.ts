import type { Grade, Outcome } from "../content/vocabulary";

/** How much a grade counts toward a modality's rank: support for a benefit, with harm counted against. */
export const GRADE_POINTS: Record<Grade, number> = {
  strong: 4,
  moderate: 3,
  limited: 2,
  conflicting: 1,
  "no-effect": 0,
  insufficient: 0,
  harm: -2,
};

/** The outcomes a ranking weighs, in the order a tie between their grades is read. */
export const RANKED_OUTCOMES = ["soreness", "fatigue", "performance"] as const satisfies readonly Outcome[];
export type RankedOutcome = (typeof RANKED_OUTCOMES)[number];

/** The outcome on which the evidence is strongest: the first of the ranked outcomes with the best grade. */
export function bestOutcome(grades: Record<Outcome, { grade: Grade }>): RankedOutcome {
  return RANKED_OUTCOMES.reduce((best, o) => (GRADE_POINTS[grades[o].grade] > GRADE_POINTS[grades[best].grade] ? o : best));
}

/**
 * A method's standing on the evidence, one rule for every list that ranks by it (the finder, the
 * tool index): its grades for soreness, fatigue and the next session, less one when it blunts
 * long-term strength or endurance gains.
 */
export function evidencePoints(grades: Record<Outcome, { grade: Grade }>): number {
  const blunts = grades["strength-gains"].grade === "harm" || grades["endurance-gains"].grade === "harm";
  return RANKED_OUTCOMES.reduce((sum, o) => sum + GRADE_POINTS[grades[o].grade], 0) - (blunts ? 1 : 0);
}
