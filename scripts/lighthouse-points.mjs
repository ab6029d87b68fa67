// Where a Lighthouse performance score loses its points: the score is the weighted mean of five
// metric scores, so each metric costs weight × (1 − its score) points out of 100. Printed beside
// each page so that a missed budget says which metric missed it (on this site, mostly Total
// Blocking Time, then Largest Contentful Paint), not just the total.

/**
 * The points each weighted performance metric of a Lighthouse result (its `lhr`) costs, largest
 * first, rounded to a tenth; metrics that cost nothing are left out.
 */
export function pointsLost(lhr) {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ metric: ref.acronym ?? ref.id, points: Math.round(ref.weight * (1 - (lhr.audits[ref.id]?.score ?? 0)) * 10) / 10 }))
    .filter(({ points }) => points > 0)
    .sort((a, b) => b.points - a.points);
}

/** The same, as a line: "TBT 4.2, LCP 1.6" (or "none"). */
export function formatPointsLost(lost) {
  return lost.length ? lost.map(({ metric, points }) => `${metric} ${points.toFixed(1)}`).join(", ") : "none";
}
