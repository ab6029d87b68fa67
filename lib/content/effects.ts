import type { StudyResult } from "./schemas";
import type { Finding } from "./vocabulary";

/** A standardised effect smaller than this is too small to notice, whatever its confidence interval. */
export const TRIVIAL_EFFECT = 0.2;
/** Cohen's thresholds: below TRIVIAL_EFFECT trivial, then small, moderate from MODERATE_EFFECT, large from LARGE_EFFECT. */
export const MODERATE_EFFECT = 0.5;
export const LARGE_EFFECT = 0.8;

const STANDARDISED = new Set(["smd", "hedges-g", "cohens-d"]);
const RATIO = new Set(["risk-ratio", "odds-ratio"]);

export const isStandardised = (result: Pick<StudyResult, "measure">) => STANDARDISED.has(result.measure);

/** Where "no difference" lies on a result's scale: 1 for a ratio, 0 for everything else. */
export const noDifference = (result: Pick<StudyResult, "measure">) => (RATIO.has(result.measure) ? 1 : 0);

/**
 * What a result's numbers show, when it has a 95% confidence interval; undefined without one.
 * An interval that includes no difference is no meaningful difference, and so is a standardised
 * effect below TRIVIAL_EFFECT.
 */
export function findingFromNumbers(result: StudyResult): Finding | undefined {
  if (!result.ci) return undefined;
  const none = noDifference(result);
  const [low, high] = result.ci;
  const towardsBenefit = result.favours === "higher" ? low > none : high < none;
  const towardsHarm = result.favours === "higher" ? high < none : low > none;
  if (!towardsBenefit && !towardsHarm) return "none";
  if (isStandardised(result) && Math.abs(result.effect) < TRIVIAL_EFFECT) return "none"; // too small to notice, either way
  return towardsBenefit ? "benefit" : "harm";
}

/** The size of a standardised effect in words (Cohen's thresholds), so no page calls 0.3 "medium". */
export function effectSizeWord(result: Pick<StudyResult, "measure" | "effect">): string | undefined {
  if (!isStandardised(result)) return undefined;
  const size = Math.abs(result.effect);
  if (size < TRIVIAL_EFFECT) return "trivial";
  if (size < MODERATE_EFFECT) return "small";
  if (size < LARGE_EFFECT) return "moderate";
  return "large";
}
