import { describe, expect, it } from "vitest";
import { formatPointsLost, pointsLost } from "../../scripts/lighthouse-points.mjs";

/** The shape of a Lighthouse result that pointsLost reads, with Lighthouse 12's mobile weights. */
function result(scores: Record<string, number | null>) {
  const refs = [
    { id: "first-contentful-paint", weight: 10, acronym: "FCP" },
    { id: "largest-contentful-paint", weight: 25, acronym: "LCP" },
    { id: "total-blocking-time", weight: 30, acronym: "TBT" },
    { id: "cumulative-layout-shift", weight: 25, acronym: "CLS" },
    { id: "speed-index", weight: 10, acronym: "SI" },
    { id: "interactive", weight: 0 },
  ];
  return {
    categories: { performance: { auditRefs: refs } },
    audits: Object.fromEntries(refs.map((r) => [r.id, { score: r.id in scores ? scores[r.id] : 1 }])),
  };
}

describe("pointsLost", () => {
  it("charges each metric its weight times what its score falls short of 1, largest first", () => {
    const lost = pointsLost(result({ "total-blocking-time": 0.86, "largest-contentful-paint": 0.94, "speed-index": 0.99 }));
    expect(lost).toEqual([
      { metric: "TBT", points: 4.2 },
      { metric: "LCP", points: 1.5 },
      { metric: "SI", points: 0.1 },
    ]);
    expect(formatPointsLost(lost)).toBe("TBT 4.2, LCP 1.5, SI 0.1");
  });

  it("adds up to what the score is short of 100", () => {
    const scores = { "first-contentful-paint": 0.97, "largest-contentful-paint": 0.9, "total-blocking-time": 0.7, "speed-index": 0.95 };
    const total = 10 * 0.97 + 25 * 0.9 + 30 * 0.7 + 25 + 10 * 0.95;
    const lost = pointsLost(result(scores));
    expect(lost.reduce((sum, { points }) => sum + points, 0)).toBeCloseTo(100 - total, 5);
  });

  it("counts a metric with no score as all its weight, and ignores metrics that weigh nothing", () => {
    const lost = pointsLost(result({ "cumulative-layout-shift": null, interactive: 0 }));
    expect(lost).toEqual([{ metric: "CLS", points: 25 }]);
  });

  it("says none when nothing is lost", () => {
    expect(formatPointsLost(pointsLost(result({})))).toBe("none");
  });
});
