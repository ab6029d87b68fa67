import type { Route } from "next";
import { TOOL_CATEGORY_SLUGS, type ToolCategorySlug } from "../content/benches";
import { BODY_AREAS, SETTINGS, type Market } from "../content/vocabulary";
import type { Catalog, Tool } from "./catalog";
import { evidencePoints } from "./grade-points";
import { DEFAULT_MARKET, marketParam, priceIn, readMarket } from "./markets";
import { readOne, shown, type Notice } from "../web/query";

/** Price bands in the reader's market's own currency: round figures, never a conversion. */
export const PRICE_BANDS = { "under-50": [0, 50], "50-300": [50, 300], "300-plus": [300, Infinity] } as const;
export type PriceBand = keyof typeof PRICE_BANDS;
export const TOOL_SORTS = ["evidence", "price", "name"] as const;
export type ToolSort = (typeof TOOL_SORTS)[number];

/** How many tools a page of results shows: the index stays quick to read and to serve at 1,000 tools. */
export const PAGE_SIZE = 24;

export interface ToolFilter {
  market: Market;
  category?: ToolCategorySlug;
  band?: PriceBand;
  area?: (typeof BODY_AREAS)[number];
  setting?: (typeof SETTINGS)[number];
  sort: ToolSort;
  page: number;
}

/** The parameters the tools browser reads, in the order its form sends them (page last: the pager's links add it). */
export const TOOL_FILTER_PARAMS = ["market", "category", "band", "area", "setting", "sort", "page"] as const;

export type ToolFilterQuery = Partial<Record<(typeof TOOL_FILTER_PARAMS)[number], string | string[]>>;

const isOne = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** Reads the filter from a query string; anything unknown is reported and ignored, never fatal. */
export function readToolFilter(query: ToolFilterQuery): { filter: ToolFilter; notices: Notice[] } {
  const notices: Notice[] = [];
  const one = <T extends string>(name: keyof ToolFilterQuery, list: readonly T[], what: string): T | undefined => {
    const v = readOne(query[name]);
    if (!v || v === "any") return undefined;
    if (isOne(list, v)) return v;
    notices.push({ value: shown(v), reason: `is not a ${what} we know (choose from: ${list.join(", ")})` });
    return undefined;
  };
  const market = readMarket(query.market, notices);
  const pageValue = readOne(query.page);
  const page = pageValue && /^[1-9]\d{0,4}$/.test(pageValue) ? Number(pageValue) : 1;
  if (pageValue && page === 1 && pageValue !== "1") notices.push({ value: shown(pageValue), reason: "is not a page number" });
  return {
    filter: {
      market,
      category: one("category", TOOL_CATEGORY_SLUGS, "category"),
      band: one("band", Object.keys(PRICE_BANDS) as PriceBand[], "price band"),
      area: one("area", BODY_AREAS, "body area"),
      setting: one("setting", SETTINGS, "place"),
      sort: one("sort", TOOL_SORTS, "sort order") ?? "evidence",
      page,
    },
    notices,
  };
}

export interface FilteredTools {
  tools: Tool[];
  total: number;
  page: number;
  pages: number;
}

/** The evidence behind a tool: its main method's standing, ranked as the finder ranks methods. */
function evidenceScore(catalog: Catalog, tool: Tool): number {
  const main = catalog.modalitiesForTool(tool.slug)[0];
  return main ? evidencePoints(main.grades) : -Infinity;
}

/**
 * One page of tools matching the filter. A price band keeps only tools priced in the reader's
 * market, so a band never holds a price in another currency; sorting by price puts tools with no
 * price there last.
 */
export function filterTools(catalog: Catalog, filter: ToolFilter): FilteredTools {
  const amount = (t: Tool) => priceIn(t, filter.market)?.amount ?? Infinity;
  const matches = catalog.tools.filter((t) => {
    if (filter.category && t.category !== filter.category) return false;
    if (filter.band) {
      const [low, high] = PRICE_BANDS[filter.band];
      const a = amount(t);
      if (!(a >= low && a < high)) return false;
    }
    if (filter.area && t.bodyAreas.length && !t.bodyAreas.includes(filter.area) && !t.bodyAreas.includes("whole-body")) return false;
    if (filter.setting && !catalog.modalitiesForTool(t.slug).some((m) => m.setting.length === 0 || m.setting.includes(filter.setting!))) return false;
    return true;
  });
  const score = new Map(matches.map((t) => [t, evidenceScore(catalog, t)]));
  const byName = (a: Tool, b: Tool) => a.title.localeCompare(b.title, "en");
  const sorted = [...matches].sort(
    filter.sort === "price" ? (a, b) => amount(a) - amount(b) || byName(a, b) : filter.sort === "evidence" ? (a, b) => score.get(b)! - score.get(a)! || amount(a) - amount(b) || byName(a, b) : byName,
  );
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  return { tools: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: sorted.length, page, pages };
}

/** The URL of a filter: only the values that differ from the defaults, in a fixed order, so each view has one address. */
export function toolFilterHref(filter: ToolFilter): Route {
  const params = new URLSearchParams();
  if (filter.market !== DEFAULT_MARKET) params.set("market", marketParam(filter.market));
  if (filter.category) params.set("category", filter.category);
  if (filter.band) params.set("band", filter.band);
  if (filter.area) params.set("area", filter.area);
  if (filter.setting) params.set("setting", filter.setting);
  if (filter.sort !== "evidence") params.set("sort", filter.sort);
  if (filter.page > 1) params.set("page", String(filter.page));
  const q = params.toString();
  return (q ? `/tools/browse?${q}` : "/tools/browse") as Route;
}
