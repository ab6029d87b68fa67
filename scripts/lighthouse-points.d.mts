export interface MetricCost {
  metric: string;
  points: number;
}
export function pointsLost(lhr: {
  categories: { performance?: { auditRefs?: { id: string; weight: number; acronym?: string }[] } };
  audits: Record<string, { score: number | null } | undefined>;
}): MetricCost[];
export function formatPointsLost(lost: readonly MetricCost[]): string;
