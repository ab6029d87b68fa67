import { Breadcrumbs } from "@/components/Breadcrumbs";
import { IntentLink } from "@/components/IntentLink";
import { STUDY_SORTS, STUDY_SORT_LABELS, studySortHref, type StudyRow, type StudySort } from "@/lib/catalog/studies";

/**
 * Every cited work in one table. Sorting is a link to the same table in another order (each a
 * prerendered page), so it works without JavaScript and every order has a URL to share.
 */
function SortHeader({ column, sort }: { column: StudySort; sort: StudySort }) {
  const label = STUDY_SORT_LABELS[column];
  return (
    <th scope="col" aria-sort={column === sort ? (column === "year" ? "descending" : "ascending") : undefined}>
      {column === sort ? (
        label
      ) : (
        <IntentLink href={studySortHref(column)}>
          {label}
          <span className="visually-hidden"> (sort by {label.toLowerCase()})</span>
        </IntentLink>
      )}
    </th>
  );
}

/** The last column's name, in its header and beside each count on a phone. */
const CITED_BY = "Cited by";

function StudyTable({ rows, sort }: { rows: readonly StudyRow[]; sort: StudySort }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="studies-caption" tabIndex={0}>
      <table className="data-table evidence__table studies-table rows-on-phone">
        <caption id="studies-caption">
          {rows.length === 1 ? "1 study or source" : `${rows.length} studies and sources`}, sorted by {STUDY_SORT_LABELS[sort].toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">Study</th>
            {STUDY_SORTS.map((column) => (
              <SortHeader key={column} column={column} sort={sort} />
            ))}
            <th scope="col">{CITED_BY}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row">
                <IntentLink href={r.href}>{r.cite}</IntentLink>
                <span className="studies-table__title">{r.title}</span>
              </th>
              <td data-label={STUDY_SORT_LABELS.year}>{r.year}</td>
              <td data-label={STUDY_SORT_LABELS.kind}>{r.kind}</td>
              <td data-label={STUDY_SORT_LABELS.population}>{r.population}</td>
              <td data-label={CITED_BY}>{r.citedBy === 1 ? "1 page" : `${r.citedBy} pages`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The studies index in one order: what it is, then the table. */
export function StudyIndex({ rows, sort }: { rows: readonly StudyRow[]; sort: StudySort }) {
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Studies" />
      <h1>Studies and sources</h1>
      <p className="lede">
        Every work the guide cites, listed once. Each page gives what the work is, whom it studied, its numbers, and the
        methods, tools and guides that rest on it.
      </p>
      <StudyTable rows={rows} sort={sort} />
    </div>
  );
}
