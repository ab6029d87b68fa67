import type { ShownPrice } from "@/lib/catalog/markets";
import { formatMoney, formatPrice } from "@/lib/catalog/format";
import { MARKET_LABELS, type Market } from "@/lib/content/vocabulary";
import { SourceCredit } from "./SourceCredit";

/** Column names, written once for the header row and for the labels a phone shows beside each value. */
const COLUMNS = { price: "Price", firstYear: "First year with running costs", source: "Source" } as const;

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
        <table className="data-table prices__table rows-on-phone">
          <caption>Price by market, as each source gives it</caption>
          <thead>
            <tr>
              <th scope="col">Market</th>
              <th scope="col">{COLUMNS.price}</th>
              <th scope="col">{COLUMNS.firstYear}</th>
              <th scope="col">{COLUMNS.source}</th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => (
              <tr key={p.market}>
                <th scope="row">{MARKET_LABELS[p.market]}</th>
                <td data-label={COLUMNS.price}>
                  {formatPrice(p)}
                  {p.note && <span className="prices__note"> {p.note}</span>}
                  {p.stale && <strong className="prices__stale"> Possibly stale: the source is {p.stale}.</strong>}
                </td>
                <td data-label={COLUMNS.firstYear}>{firstYear[p.market] !== undefined ? formatMoney(firstYear[p.market]!, p.currency) : "Not known"}</td>
                <td data-label={COLUMNS.source}>
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
