import { IntentLink } from "@/components/IntentLink";
import type { Tool } from "@/lib/catalog/catalog";
import { formatPrice } from "@/lib/catalog/format";

/** Tools as linked cards: name, brand, summary and the published price, if any. */
export function ToolList({ tools, headingLevel = 3 }: { tools: readonly Tool[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="card-list">
      {tools.map((t) => (
        <li key={t.slug} className="card">
          <Heading className="card__title">
            <IntentLink href={t.href}>{t.title}</IntentLink>
          </Heading>
          <p className="card__meta">
            {t.brand}
            {t.price && <> · {formatPrice(t.price)}</>}
          </p>
          <p>{t.summary}</p>
        </li>
      ))}
    </ul>
  );
}
