import type { Price } from "@/lib/content/schemas";
import { formatDate, formatPrice } from "@/lib/catalog/format";

/** The price as published, with who published it and when we checked; says so plainly when there is none. */
export function PriceLine({ price }: { price: Price | undefined }) {
  if (!price) return <p className="price">Price: not published by the maker or a source we could verify.</p>;
  return (
    <p className="price">
      <strong>{formatPrice(price)}</strong>{" "}
      <span className="price__source">
        according to{" "}
        {price.url ? (
          <a href={price.url} rel="external noopener noreferrer" className="external">
            {price.source}
          </a>
        ) : (
          price.source
        )}
        , checked <time dateTime={price.checked}>{formatDate(price.checked)}</time>.
      </span>
      {price.note && <span className="price__note"> {price.note}</span>}
    </p>
  );
}
