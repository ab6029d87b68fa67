import { IntentLink } from "@/components/IntentLink";
import { ScrollHint } from "@/components/ScrollHint";
import { CitedLine } from "@/components/CitedLine";
import { BAR_STEPS, type Bar } from "@/lib/catalog/bars";
import type { Cell, CompareColumn, CompareRow } from "@/lib/catalog/compare";

/** The bar's drawing width; a step is BAR_WIDTH / BAR_STEPS of it. */
const BAR_WIDTH = 100;
const step = (n: number) => (n * BAR_WIDTH) / BAR_STEPS;

/**
 * A figure as a bar on a track, to the row's scale: solid up to the low end, and for a range an
 * outlined lighter part up to the high end. Decorative: the number is written just above it.
 */
function FigureBar({ bar }: { bar: Bar }) {
  return (
    <svg className="figure-bar" viewBox={`0 0 ${BAR_WIDTH} 8`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="figure-bar__track" width={BAR_WIDTH} height="8" rx="2" />
      {bar.high > bar.low && <rect className="figure-bar__range" x={step(bar.low)} width={step(bar.high - bar.low)} height="8" rx="2" />}
      {bar.low > 0 && <rect className="figure-bar__fill" width={step(bar.low)} height="8" rx="2" />}
    </svg>
  );
}

function CellContent({ cell, bar }: { cell: Cell | undefined; bar: Bar | undefined }) {
  // An empty cell means no source gave the fact for that product; "not published" is kept for
  // what the maker's own pages were read for, and a bench cell says which it is.
  if (!cell) return <span className="not-published">Not found</span>;
  return (
    <>
      {(cell.text || cell.cited) && (
        <p className={`cell__value${cell.missing ? " cell__value--missing" : bar ? " cell__value--figure" : ""}`}>{cell.cited ? <CitedLine text={cell.cited} /> : cell.text}</p>
      )}
      {bar && <FigureBar bar={bar} />}
      {cell.note && (
        <p className="cell__note">
          <span className="visually-hidden">. </span>
          {cell.note}
        </p>
      )}
      {cell.source && (
        // The layout sets the source (and the note above) apart for the eye; the punctuation does it for the ear.
        <p className="cell__source">
          <span className="visually-hidden">, </span>
          {cell.source}
        </p>
      )}
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

/**
 * One column per item, one row per attribute; rows whose values differ are marked in words and
 * colour, and rows of numbers get a bar per number. The table scrolls in its own frame on narrow
 * screens (styles/compare.css), which the hint names where it happens.
 */
export function CompareTable({
  caption,
  columns,
  rows,
  itemNoun = "items",
}: {
  caption: string;
  columns: CompareColumn[];
  rows: CompareRow[];
  /** What the columns are, in the plural, for the scroll hint: "tools", "methods". */
  itemNoun?: string;
}) {
  const n = columns.length;
  return (
    // The column count picks the widths below which the table scrolls in its frame (styles/compare.css).
    <div className={`compare compare--n${Math.min(n, 4)}`}>
      {n > 1 && (
        <ScrollHint className="compare__hint">
          Scroll the table sideways to see all {n} {itemNoun}
        </ScrollHint>
      )}
      <div className="table-scroll compare__scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
        <table className="compare-table">
          <caption id="compare-caption">
            <span className="table-scroll__caption">{caption}</span>
          </caption>
          <thead>
            <tr>
              <td className="compare-table__corner" />
              {columns.map((c) => (
                <th key={c.slug} scope="col">
                  <IntentLink href={c.href} className="compare-table__name">
                    {c.title}
                  </IntentLink>
                  <IntentLink href={c.removeHref} className="compare-table__remove" aria-label={`Remove ${c.title} from the comparison`}>
                    Remove
                  </IntentLink>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.differs && n > 1 ? "differs" : undefined}>
                <th scope="row">
                  {r.label}
                  {r.differs && n > 1 && <span className="differs__mark"> (differs)</span>}
                </th>
                {r.cells.map((cell, i) => (
                  <td key={columns[i].slug}>
                    <CellContent cell={cell} bar={r.bars?.[i]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
