import type { Route } from "next";
import { TOOL_CATEGORIES, TOOL_CATEGORY_SLUGS, type ToolCategorySlug } from "../content/benches";
import type { Market } from "../content/vocabulary";
import type { Catalog, Tool } from "./catalog";
import { priceIn } from "./markets";
import { buyingGuideFor } from "./picks";

export interface ToolGroup {
  category: ToolCategorySlug;
  label: string;
  tools: Tool[];
  /** The category's buying guide (its picks), when one is published. */
  guide?: { href: Route; title: string };
}

/**
 * The tools index in one market: grouped by category in the bench's order, cheapest first in
 * that market, tools with no price there after them; discontinued models last in their group.
 */
export function toolIndex(catalog: Catalog, market: Market): ToolGroup[] {
  const amount = (t: Tool) => priceIn(t, market)?.amount ?? Infinity;
  return TOOL_CATEGORY_SLUGS.map((category) => ({
    category,
    label: TOOL_CATEGORIES[category].label,
    guide: ((g) => g && { href: g.href, title: g.title })(buyingGuideFor(catalog, { category })),
    tools: catalog.tools
      .filter((t) => t.category === category)
      .sort((a, b) => Number(!!a.replacedBy) - Number(!!b.replacedBy) || amount(a) - amount(b) || a.title.localeCompare(b.title, "en")),
  })).filter((g) => g.tools.length > 0);
}
