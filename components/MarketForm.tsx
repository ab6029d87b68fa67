import { marketParam } from "@/lib/catalog/markets";
import { MARKETS, MARKET_LABELS, type Market } from "@/lib/content/vocabulary";

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
          {MARKETS.map((m) => (
            <option key={m} value={marketParam(m)}>
              {MARKET_LABELS[m]}
            </option>
          ))}
        </select>
      </label>{" "}
      <button type="submit">Show</button>
    </form>
  );
}
