import { TOOL_CATEGORIES, type ToolCategorySlug } from "../content/benches";
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

const ROLES = { mostRunners: "The pick for most runners", budget: "Budget pick", upgrade: "Upgrade" } as const;

/** A buying guide's picks, skips and line-up as published entries; a pick whose tool is not published is left out. */
export function categoryPicks(catalog: Catalog, page: Entry<"categories">): CategoryPicks {
  const category = page.slug as ToolCategorySlug;
  const picks = (Object.keys(ROLES) as (keyof typeof ROLES)[]).flatMap((role): CategoryPick[] => {
    const p = page.picks[role];
    const tool = p && catalog.tool(p.tool);
    return p && tool ? [{ role: ROLES[role], tool, why: p.why }] : [];
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
