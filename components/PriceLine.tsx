import type { Price } from "@/lib/content/schemas";
import { formatPrice } from "@/lib/catalog/format";
import { SourceCredit } from "./SourceCredit";

/** The price as published, with who published it, what kind of source and its own date; says so plainly when there is none. */
export function PriceLine({ price }: { price: Price | undefined }) {
  if (!price) return <p className="price">Price: no published price was found.</p>;
  return (
    <p className="price">
      <strong>{formatPrice(price)}</strong>{" "}
      <span className="price__source">
        according to <SourceCredit sourced={price} />.
      </span>
      {price.note && <span className="price__note"> {price.note}</span>}
    </p>
  );
}
