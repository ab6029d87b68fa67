import type { Specs } from "@/lib/content/schemas";
import { specRows } from "@/lib/catalog/format";
import { SourceCredit } from "./SourceCredit";

/** Published specs only; anything not published is left out rather than guessed. */
export function SpecTable({ specs }: { specs: Specs | undefined }) {
  const rows = specs ? specRows(specs) : [];
  return (
    <div className="specs">
      <h3>Published specs</h3>
      {specs && rows.length > 0 ? (
        <>
          <dl className="spec-list">
            {rows.map((r) => (
              <div key={r.label} className="spec-list__row">
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
          </dl>
          <p className="specs__source">
            Source: <SourceCredit sourced={specs} />. A spec not listed was not found in a published source.
          </p>
          {specs.note && <p className="specs__note">{specs.note}</p>}
        </>
      ) : (
        <p>No published specs were found, so none are shown.</p>
      )}
    </div>
  );
}
