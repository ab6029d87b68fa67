import type { Route } from "next";
import { TOOL_CATEGORIES, type ToolCategorySlug } from "../content/benches";
import { PICK_ROLES, type PickRole } from "../content/schemas";
import type { Catalog, Entry, Modality, Tool } from "./catalog";
import { compareHref, MAX_COMPARED } from "./compare";

export interface CategoryPick {
  role: string;
  tool: Tool;
  why: string;
}

export interface CategoryPicks {
  category: ToolCategorySlug;
  label: string;
  picks: CategoryPick[];
  skip: { entry: Tool | Modality; why: string }[];
  considered: Tool[];
  /** The picks side by side on the category's bench. */
  compare?: ReturnType<typeof compareHref>;
}

const ROLES: Record<PickRole, string> = { mostRunners: "The pick for most runners", budget: "Budget pick", upgrade: "Upgrade" };

/** A guide whose category most runners can do without still names the one to buy, but never calls it the pick for most runners. */
const roleLabel = (page: Entry<"categories">, role: PickRole) =>
  role === "mostRunners" && page.picks.mostRunnersNeedNone ? "If you buy one" : ROLES[role];

/** A buying guide's picks, skips and line-up as published entries; a pick whose tool is not published is left out. */
export function categoryPicks(catalog: Catalog, page: Entry<"categories">): CategoryPicks {
  const category = page.slug as ToolCategorySlug;
  const picks = PICK_ROLES.flatMap((role): CategoryPick[] => {
    const p = page.picks[role];
    const tool = p && catalog.tool(p.tool);
    return p && tool ? [{ role: roleLabel(page, role), tool, why: p.why }] : [];
  });
  const skip = page.skip.flatMap((s) => {
    const entry = (s.tool && catalog.tool(s.tool)) || (s.modality && catalog.modality(s.modality));
    return entry ? [{ entry, why: s.why }] : [];
  });
  const considered = page.considered.flatMap((slug) => catalog.tool(slug) ?? []);
  const picked = [...new Set(picks.map((p) => p.tool.slug))];
  return {
    category,
    label: TOOL_CATEGORIES[category].label,
    picks,
    skip,
    considered,
    compare: picked.length >= 2 ? compareHref("tools", picked.slice(0, MAX_COMPARED)) : undefined,
  };
}

/** The buying guide of a tool's category, if one is published. */
export const buyingGuideFor = (catalog: Catalog, tool: Pick<Tool, "category">) => catalog.entry("categories", tool.category);

/** The published model that replaced a discontinued tool. */
export const replacementFor = (catalog: Catalog, tool: Pick<Tool, "replacedBy">) => (tool.replacedBy ? catalog.tool(tool.replacedBy) : undefined);

/** A tool a buying guide picks, as other pages mark it: the role, and the guide that says why. */
export interface PickMark {
  role: string;
  /** 0 for the pick for most runners, then budget, then upgrade: lists put picks in this order. */
  rank: number;
  why: string;
  guide: { href: Route; title: string };
}

/** What the buying guides say of each tool: picked (and as what) or skipped (and why). */
export interface ToolVerdicts {
  picks: ReadonlyMap<string, PickMark>;
  skipped: ReadonlyMap<string, { why: string; guide: { href: Route; title: string } }>;
}

const verdictsOf = new WeakMap<Catalog, ToolVerdicts>();

/**
 * Every published guide's picks and skips by tool slug, read once per catalog, so the finder and
 * the planner recommend what the buying guides recommend and never what they say to skip.
 */
export function toolVerdicts(catalog: Catalog): ToolVerdicts {
  let verdicts = verdictsOf.get(catalog);
  if (!verdicts) {
    const picks = new Map<string, PickMark>();
    const skipped = new Map<string, { why: string; guide: { href: Route; title: string } }>();
    for (const page of catalog.entries("categories")) {
      const guide = { href: page.href, title: page.title };
      PICK_ROLES.forEach((role, rank) => {
        const p = page.picks[role];
        if (p && catalog.tool(p.tool) && !picks.has(p.tool)) picks.set(p.tool, { role: roleLabel(page, role), rank, why: p.why, guide });
      });
      for (const s of page.skip) if (s.tool && catalog.tool(s.tool)) skipped.set(s.tool, { why: s.why, guide });
    }
    verdictsOf.set(catalog, (verdicts = { picks, skipped }));
  }
  return verdicts;
}

/**
 * Tools in the order a recommendation lists them: the buying guides' picks first (most runners,
 * budget, upgrade), then the rest by the given order; the tools a guide says to skip are left out.
 */
export function recommendedTools(catalog: Catalog, tools: readonly Tool[]): Tool[] {
  const { picks, skipped } = toolVerdicts(catalog);
  const rank = (t: Tool) => picks.get(t.slug)?.rank ?? PICK_ROLES.length;
  return tools.filter((t) => !skipped.has(t.slug)).sort((a, b) => rank(a) - rank(b));
}
