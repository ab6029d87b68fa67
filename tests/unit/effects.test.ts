import { describe, expect, it } from "vitest";
import { effectSizeWord, findingFromNumbers, isStandardised, noDifference, TRIVIAL_EFFECT } from "@/lib/content/effects";
import type { StudyResult } from "@/lib/content/schemas";
import { EFFECT_MEASURES } from "@/lib/content/vocabulary";

const result = (r: Partial<StudyResult>): StudyResult => ({ id: "r", outcome: "soreness", measured: "m", measure: "smd", effect: 0.5, favours: "higher", ...r });

describe("findingFromNumbers", () => {
  it("reads the side of no difference the whole interval lies on, for a method whose benefit is a higher number", () => {
    expect(findingFromNumbers(result({ effect: 0.5, ci: [0.2, 0.8] }))).toBe("benefit");
    expect(findingFromNumbers(result({ effect: -0.5, ci: [-0.8, -0.2] }))).toBe("harm");
    expect(findingFromNumbers(result({ effect: 0.3, ci: [-0.1, 0.7] }))).toBe("none");
  });

  it("turns the reading round when a lower number favours the method, as with soreness scores", () => {
    expect(findingFromNumbers(result({ favours: "lower", effect: -0.5, ci: [-0.8, -0.2] }))).toBe("benefit");
    expect(findingFromNumbers(result({ favours: "lower", effect: 0.5, ci: [0.2, 0.8] }))).toBe("harm");
    expect(findingFromNumbers(result({ favours: "lower", effect: -0.3, ci: [-0.7, 0.1] }))).toBe("none");
  });

  it("counts an interval that touches no difference as no meaningful difference", () => {
    expect(findingFromNumbers(result({ effect: 0.4, ci: [0, 0.8] }))).toBe("none");
    expect(findingFromNumbers(result({ measure: "risk-ratio", favours: "lower", effect: 0.7, ci: [0.5, 1] }))).toBe("none");
  });

  it("calls a standardised effect under the trivial threshold no meaningful difference, whichever side it lies on", () => {
    expect(TRIVIAL_EFFECT).toBe(0.2);
    expect(findingFromNumbers(result({ effect: 0.19, ci: [0.05, 0.33] }))).toBe("none");
    expect(findingFromNumbers(result({ favours: "lower", effect: -0.19, ci: [-0.33, -0.05] }))).toBe("none");
    expect(findingFromNumbers(result({ measure: "hedges-g", effect: 0.2, ci: [0.05, 0.35] }))).toBe("benefit"); // at the threshold it counts
    expect(findingFromNumbers(result({ measure: "cohens-d", effect: 0.1, ci: [0.02, 0.18] }))).toBe("none");
  });

  it("leaves other measures to their interval alone: a small difference on a real scale can matter", () => {
    expect(findingFromNumbers(result({ measure: "mean-difference", favours: "lower", effect: -0.1, ci: [-0.15, -0.05] }))).toBe("benefit");
    expect(findingFromNumbers(result({ measure: "percent-change", effect: 0.1, ci: [0.05, 0.15] }))).toBe("benefit");
  });

  it("puts no difference at 1 for risk and odds ratios", () => {
    // fewer clots with stockings: an odds ratio below 1 favours them
    expect(findingFromNumbers(result({ measure: "odds-ratio", favours: "lower", effect: 0.1, ci: [0.04, 0.25] }))).toBe("benefit");
    expect(findingFromNumbers(result({ measure: "odds-ratio", favours: "lower", effect: 1.8, ci: [1.2, 2.6] }))).toBe("harm");
    expect(findingFromNumbers(result({ measure: "risk-ratio", favours: "higher", effect: 1.5, ci: [1.1, 2.0] }))).toBe("benefit");
    // between 0 and 1 is still "no difference" territory for a ratio that spans 1, however small its effect
    expect(findingFromNumbers(result({ measure: "risk-ratio", favours: "higher", effect: 0.9, ci: [0.4, 1.3] }))).toBe("none");
    // and a trivial-looking ratio is not trivial: the threshold is for standardised effects only
    expect(findingFromNumbers(result({ measure: "risk-ratio", favours: "lower", effect: 0.95, ci: [0.91, 0.99] }))).toBe("benefit");
  });

  it("says nothing without an interval, so the entry's own finding stands", () => {
    expect(findingFromNumbers(result({ effect: 0.9 }))).toBeUndefined();
  });
});

describe("effect sizes in words", () => {
  it("follows Cohen's thresholds for standardised effects, on either side of zero", () => {
    const word = (effect: number) => effectSizeWord({ measure: "smd", effect });
    expect([0, 0.19, 0.2, 0.3, 0.49, 0.5, 0.79, 0.8, 1.4].map(word)).toEqual([
      "trivial",
      "trivial",
      "small",
      "small", // so no page calls 0.3 "medium"
      "small",
      "moderate",
      "moderate",
      "large",
      "large",
    ]);
    expect(word(-0.6)).toBe("moderate");
    expect(effectSizeWord({ measure: "hedges-g", effect: 0.47 })).toBe("small");
  });

  it("has no word for measures on their own scale, or ratios", () => {
    expect(effectSizeWord({ measure: "mean-difference", effect: 3 })).toBeUndefined();
    expect(effectSizeWord({ measure: "percent-change", effect: -7.5 })).toBeUndefined();
    expect(effectSizeWord({ measure: "odds-ratio", effect: 0.1 })).toBeUndefined();
  });

  it("knows which measures are standardised and where each puts no difference", () => {
    expect(EFFECT_MEASURES.filter((measure) => isStandardised({ measure }))).toEqual(["smd", "hedges-g", "cohens-d"]);
    expect(EFFECT_MEASURES.map((measure) => [measure, noDifference({ measure })])).toEqual([
      ["smd", 0],
      ["hedges-g", 0],
      ["cohens-d", 0],
      ["mean-difference", 0],
      ["percent-change", 0],
      ["risk-ratio", 1],
      ["odds-ratio", 1],
    ]);
  });
});
