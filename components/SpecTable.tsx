import type { Specs } from "@/lib/content/schemas";
import { formatDate, specRows } from "@/lib/catalog/format";

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
            Source:{" "}
            {specs.url ? (
              <a href={specs.url} rel="external noopener noreferrer" className="external">
                {specs.source}
              </a>
            ) : (
              specs.source
            )}
            , checked <time dateTime={specs.checked}>{formatDate(specs.checked)}</time>. Specs not listed were not
            published.
          </p>
          {specs.note && <p className="specs__note">{specs.note}</p>}
        </>
      ) : (
        <p>The maker has not published specs we could verify, so none are shown.</p>
      )}
    </div>
  );
}
