import { marketParam } from "@/lib/catalog/markets";
import type { Market } from "@/lib/content/vocabulary";
import { MarketOptions } from "./MarketOptions";

/**
 * A plain GET form: /tools/market answers it with a redirect to the index in that market, a
 * page of its own, so the choice needs no script and every list stays cacheable by its URL.
 */
export function MarketForm({ market }: { market: Market }) {
  return (
    <form action="/tools/market" method="get" className="market-form">
      <label>
        Show prices in{" "}
        <select name="m" defaultValue={marketParam(market)}>
          <MarketOptions />
        </select>
      </label>{" "}
      <button type="submit">Show</button>
    </form>
  );
}
