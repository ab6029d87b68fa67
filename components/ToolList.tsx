import { IntentLink } from "@/components/IntentLink";
import type { Tool } from "@/lib/catalog/catalog";
import { formatPrice } from "@/lib/catalog/format";
import { DEFAULT_MARKET, priceIn } from "@/lib/catalog/markets";
import { MARKET_LABELS, type Market } from "@/lib/content/vocabulary";

/**
 * Tools as linked cards: name, brand, summary and the price in the reader's market. A tool with
 * no price there says so: a list never shows another market's currency (the tool's page lists
 * every market's price).
 */
export function ToolList({ tools, headingLevel = 3, market = DEFAULT_MARKET }: { tools: readonly Tool[]; headingLevel?: 2 | 3; market?: Market }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="card-list">
      {tools.map((t) => {
        const price = priceIn(t, market);
        return (
          <li key={t.slug} className="card">
            <Heading className="card__title">
              <IntentLink href={t.href}>{t.title}</IntentLink>
            </Heading>
            <p className="card__meta">
              {t.brand}
              {price ? <> · {formatPrice(price)}</> : Object.keys(t.prices).length > 0 && <> · no price found for {MARKET_LABELS[market]}</>}
            </p>
            <p>{t.summary}</p>
          </li>
        );
      })}
    </ul>
  );
}
