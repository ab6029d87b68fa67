import type { ShownPrice } from "@/lib/catalog/markets";
import { formatMoney, formatPrice } from "@/lib/catalog/format";
import { MARKET_LABELS, type Market } from "@/lib/content/vocabulary";
import { SourceCredit } from "./SourceCredit";

/**
 * Every market's price, each in its own currency with its source, the source's kind and date; a
 * price more than a year old, or undated, is flagged. A tool page is the same for every reader,
 * so it shows all markets rather than choosing one.
 */
export function PriceTable({ prices, firstYear, runningNote }: { prices: readonly ShownPrice[]; firstYear: Partial<Record<Market, number>>; runningNote?: string }) {
  return (
    <div className="prices">
      {prices.length === 0 ? (
        <p className="price">No published price was found in any market.</p>
      ) : (
        <table className="prices__table rows-on-phone">
          <caption>Price by market, as each source gives it</caption>
          <thead>
            <tr>
              <th scope="col">Market</th>
              <th scope="col">Price</th>
              <th scope="col">First year with running costs</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => (
              <tr key={p.market}>
                <th scope="row">{MARKET_LABELS[p.market]}</th>
                <td data-label="Price">
                  {formatPrice(p)}
                  {p.note && <span className="prices__note"> {p.note}</span>}
                  {p.stale && <strong className="prices__stale"> Possibly stale: the source is more than a year old or undated.</strong>}
                </td>
                <td data-label="First year with running costs">{firstYear[p.market] !== undefined ? formatMoney(firstYear[p.market]!, p.currency) : "Not known"}</td>
                <td data-label="Source">
                  <SourceCredit source={p.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {runningNote && <p className="running-costs">Running costs: {runningNote}</p>}
    </div>
  );
}
