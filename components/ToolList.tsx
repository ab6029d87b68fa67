import type { Tool } from "@/lib/catalog/catalog";
import { formatPrice } from "@/lib/catalog/format";
import { DEFAULT_MARKET, priceIn } from "@/lib/catalog/markets";
import { TOOL_CATEGORIES } from "@/lib/content/benches";
import { MARKET_LABELS, type Market } from "@/lib/content/vocabulary";
import { Card, CardList } from "./Card";

/**
 * Tools as cards: kind, name, summary, then brand and the price in the reader's market. A tool
 * with no price there says so: a list never shows another market's currency (the tool's page
 * lists every market's price).
 */
export function ToolList({ tools, headingLevel = 3, market = DEFAULT_MARKET }: { tools: readonly Tool[]; headingLevel?: 2 | 3; market?: Market }) {
  return (
    <CardList>
      {tools.map((t) => {
        const price = priceIn(t, market);
        return (
          <Card
            key={t.slug}
            entry={t}
            headingLevel={headingLevel}
            category={{ slug: t.category, label: TOOL_CATEGORIES[t.category].label }}
            meta={
              <>
                {t.brand}
                {price ? <> · {formatPrice(price)}</> : Object.keys(t.prices).length > 0 && <> · no price found for {MARKET_LABELS[market]}</>}
              </>
            }
          />
        );
      })}
    </CardList>
  );
}
