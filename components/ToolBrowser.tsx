import { TOOL_CATEGORIES, TOOL_CATEGORY_SLUGS } from "@/lib/content/benches";
import { BODY_AREAS, capitalised, MARKETS, MARKET_CURRENCY, MARKET_LABELS, SETTINGS } from "@/lib/content/vocabulary";
import { bodyAreaLabel, formatMoney } from "@/lib/catalog/format";
import { marketParam } from "@/lib/catalog/markets";
import { PRICE_BANDS, TOOL_SORTS, toolFilterHref, type FilteredTools, type PriceBand, type ToolFilter } from "@/lib/catalog/tool-filter";
import { IntentLink } from "./IntentLink";
import { ToolList } from "./ToolList";

const SORT_LABELS = { evidence: "Strongest evidence first", price: "Cheapest first", name: "By name" } as const;

function bandLabel(band: PriceBand, filter: ToolFilter): string {
  const [low, high] = PRICE_BANDS[band];
  const money = (n: number) => formatMoney(n, MARKET_CURRENCY[filter.market]);
  return high === Infinity ? `${money(low)} and up` : low === 0 ? `Under ${money(high)}` : `${money(low)} to ${money(high)}`;
}

/** Every tool, filtered and sorted by a plain GET form: shareable, cacheable by its URL, and usable without JavaScript. */
export function ToolBrowser({ filter, result }: { filter: ToolFilter; result: FilteredTools }) {
  const select = (name: string, label: string, value: string, options: [string, string][]) => (
    <label>
      {label}{" "}
      <select name={name} defaultValue={value}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="page--wide">
      <form action="/tools/browse" method="get" className="tool-filter">
        {select("market", "Prices in", marketParam(filter.market), MARKETS.map((m) => [marketParam(m), MARKET_LABELS[m]]))}
        {select("category", "Kind", filter.category ?? "any", [["any", "Any kind"], ...TOOL_CATEGORY_SLUGS.map((c): [string, string] => [c, TOOL_CATEGORIES[c].label])])}
        {select("band", "Price", filter.band ?? "any", [["any", "Any price"], ...(Object.keys(PRICE_BANDS) as PriceBand[]).map((b): [string, string] => [b, bandLabel(b, filter)])])}
        {select("area", "Body area", filter.area ?? "any", [["any", "Any area"], ...BODY_AREAS.map((a): [string, string] => [a, bodyAreaLabel(a)])])}
        {select("setting", "Where", filter.setting ?? "any", [["any", "Anywhere"], ...SETTINGS.map((s): [string, string] => [s, capitalised(s)])])}
        {select("sort", "Order", filter.sort, TOOL_SORTS.map((s) => [s, SORT_LABELS[s]]))}
        <button type="submit">Show tools</button>
      </form>
      <p role="status">
        {result.total === 1 ? "1 tool" : `${result.total} tools`}
        {result.pages > 1 && `, page ${result.page} of ${result.pages}`}
      </p>
      <ToolList tools={result.tools} headingLevel={2} market={filter.market} />
      {result.pages > 1 && (
        <nav aria-label="Pages of results" className="pager">
          {result.page > 1 && <IntentLink href={toolFilterHref({ ...filter, page: result.page - 1 })}>Previous page</IntentLink>}{" "}
          {result.page < result.pages && <IntentLink href={toolFilterHref({ ...filter, page: result.page + 1 })}>Next page</IntentLink>}
        </nav>
      )}
    </div>
  );
}
