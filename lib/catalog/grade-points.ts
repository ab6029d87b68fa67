import type { Grade } from "../content/vocabulary";

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
