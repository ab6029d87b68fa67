import type { Route } from "next";
import { COLLECTION_NAMES } from "../content/collections";
import { OUTCOMES, OUTCOME_SHORT_LABELS, type Grade, type Market, type Outcome } from "../content/vocabulary";
import type { Catalog, Tool } from "./catalog";
import { evidenceMap, type EvidenceMap } from "./evidence-map";
import { DEFAULT_MARKET, priceIn } from "./markets";
import { recommendedTools } from "./picks";

export interface RecentChange {
  title: string;
  href: Route;
  date: string;
  summary: string;
}

/** Corrections, regrades and new picks across the site, newest first (ties by title): what a returning reader wants first. */
export function recentChanges(catalog: Catalog, limit: number): RecentChange[] {
  return COLLECTION_NAMES.flatMap((name) =>
    catalog.entries(name).flatMap((entry) => ("changes" in entry ? entry.changes.map((c) => ({ title: entry.title, href: entry.href, date: c.date, summary: c.summary })) : [])),
  )
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "en"))
    .slice(0, limit);
}

export interface OutcomeLeaders {
  outcome: Outcome;
  label: string;
  /** The best grade any method has for this outcome, or undefined when no method shows a benefit. */
  grade: Grade | undefined;
  methods: { title: string; href: Route }[];
}

/** Grades that mean "a benefit was found"; below them, a method leads nothing. */
const BENEFIT: readonly Grade[] = ["strong", "moderate", "limited"];

/**
 * The evidence map in brief: for each outcome, the methods with the best grade of benefit. This is
 * the words under the home page's picture of the map, so the picture never says more than they do.
 */
export function evidenceGlance(catalog: Catalog): { map: EvidenceMap; leaders: OutcomeLeaders[] } {
  const map = evidenceMap(catalog, "category");
  const leaders = OUTCOMES.map((outcome) => {
    const graded = map.rows.map((row) => ({ row, grade: row.cells.find((c) => c.outcome === outcome)!.grade }));
    const best = BENEFIT.find((g) => graded.some((x) => x.grade === g));
    return {
      outcome,
      label: OUTCOME_SHORT_LABELS[outcome],
      grade: best,
      methods: best ? graded.filter((x) => x.grade === best).map(({ row }) => ({ title: row.title, href: row.href })) : [],
    };
  });
  return { map, leaders };
}

/**
 * The tools the home page shows: those priced in the market it shows first, each group in the
 * buying guides' order (most runners' pick, budget, upgrade, then the rest), never one a guide says
 * to skip. The first tools by name were a balm and a sock with no price there, where a reader
 * expects the tools the site would point them to, at a price they can use.
 */
export function featuredTools(catalog: Catalog, limit: number, market: Market = DEFAULT_MARKET): Tool[] {
  const recommended = recommendedTools(catalog, catalog.tools);
  const priced = recommended.filter((t) => priceIn(t, market));
  return [...priced, ...recommended.filter((t) => !priced.includes(t))].slice(0, limit);
}
