import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import type { SearchHit } from "./search-options";

// The search relevance set (tests/relevance/queries.yaml): queries as runners type them, each with
// the page they want first. The test and the benchmark both score the real site with it.

export const RELEVANCE_FILE = "tests/relevance/queries.yaml";

const path = z.string().regex(/^\/[^\s]*$/, { error: "expected a URL path on the site, like /modalities/sleep" });

export const relevanceQuery = z.strictObject({
  q: z.string().trim().min(1),
  first: path,
  top3: z.array(path).max(2).optional(),
});

export type RelevanceQuery = z.output<typeof relevanceQuery>;

export function readRelevanceSet(file = RELEVANCE_FILE): RelevanceQuery[] {
  return z.array(relevanceQuery).min(1).parse(parse(readFileSync(file, "utf8")));
}

export interface RelevanceMiss {
  q: string;
  expected: string[];
  got: string[];
}

export interface RelevanceScore {
  queries: number;
  /** Share of queries whose first result is the expected one, 0 to 1. */
  top1: number;
  /** Share of queries whose first three results hold the expected first and every top3 page. */
  top3: number;
  missedFirst: RelevanceMiss[];
  missedTop3: RelevanceMiss[];
}

/** Scores a search function on the set: the first result, and the first three. */
export function scoreRelevance(queries: readonly RelevanceQuery[], search: (q: string) => SearchHit[]): RelevanceScore {
  const missedFirst: RelevanceMiss[] = [];
  const missedTop3: RelevanceMiss[] = [];
  for (const { q, first, top3 = [] } of queries) {
    const got = search(q).slice(0, 3).map((h) => h.id);
    if (got[0] !== first) missedFirst.push({ q, expected: [first], got });
    const expected = [first, ...top3];
    if (!expected.every((id) => got.includes(id))) missedTop3.push({ q, expected, got });
  }
  const n = queries.length;
  return { queries: n, top1: (n - missedFirst.length) / n, top3: (n - missedTop3.length) / n, missedFirst, missedTop3 };
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The line the benchmark prints. */
export function relevanceLine(score: RelevanceScore): string {
  return `Search relevance: ${score.queries} queries, top-1 ${percent(score.top1)}, top-3 ${percent(score.top3)}`;
}

/** Each miss on one line: the query, what was expected, what came first. */
export function relevanceMisses(score: RelevanceScore): string[] {
  const line = (kind: string) => (m: RelevanceMiss) => `  ${kind} "${m.q}": expected ${m.expected.join(", ")}; got ${m.got.join(", ") || "nothing"}`;
  return [...score.missedFirst.map(line("first")), ...score.missedTop3.map(line("top 3"))];
}
