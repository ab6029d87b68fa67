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

/**
 * A method's standing on the evidence, one rule for every list that ranks by it (the finder, the
 * tool index): its grades for soreness, fatigue and the next session, less one when it blunts
 * long-term strength or endurance gains.
 */
export function evidencePoints(grades: Record<Outcome, { grade: Grade }>): number {
  const blunts = grades["strength-gains"].grade === "harm" || grades["endurance-gains"].grade === "harm";
  return GRADE_POINTS[grades.soreness.grade] + GRADE_POINTS[grades.fatigue.grade] + GRADE_POINTS[grades.performance.grade] - (blunts ? 1 : 0);
}
