import { IntentLink } from "@/components/IntentLink";
import type { Tool } from "@/lib/catalog/catalog";
import { DEFAULT_MARKET, formatShownPrice, priceIn } from "@/lib/catalog/markets";
import type { Market } from "@/lib/content/vocabulary";

/**
 * Tools as linked cards: name, brand, summary and the price in one market only, so a list never
 * mixes currencies; a tool with no price in that market shows none here (its page lists every market's).
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
              {price && <> · {formatShownPrice(price)}</>}
            </p>
            <p>{t.summary}</p>
          </li>
        );
      })}
    </ul>
  );
}
