import { IntentLink } from "@/components/IntentLink";
import type { Cell, CompareColumn, CompareRow } from "@/lib/catalog/compare";


function CellContent({ cell }: { cell: Cell | undefined }) {
  // An empty cell means no source gave the fact for that product; "not published" is kept for
  // what the maker's own pages were read for, and a bench cell says which it is.
  if (!cell) return <span className="not-published">Not found</span>;
  return (
    <>
      {cell.text && <p>{cell.text}</p>}
      {cell.items && (
        <ul>
          {cell.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {cell.links && (
        <ul>
          {cell.links.map((l) => (
            <li key={l.href}>
              <IntentLink href={l.href}>{l.label}</IntentLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One column per item, one row per attribute; rows whose values differ are marked in words and colour. */
export function CompareTable({ caption, columns, rows }: { caption: string; columns: CompareColumn[]; rows: CompareRow[] }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="compare-table">
        <caption id="compare-caption">{caption}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.slug} scope="col">
                <IntentLink href={c.href}>{c.title}</IntentLink>
                <IntentLink href={c.removeHref} className="compare-table__remove" aria-label={`Remove ${c.title} from the comparison`}>
                  Remove
                </IntentLink>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.differs && columns.length > 1 ? "differs" : undefined}>
              <th scope="row">
                {r.label}
                {r.differs && columns.length > 1 && <span className="differs__mark"> (differs)</span>}
              </th>
              {r.cells.map((cell, i) => (
                <td key={columns[i].slug}>
                  <CellContent cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
