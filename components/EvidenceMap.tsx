import { Breadcrumbs } from "@/components/Breadcrumbs";
import { IntentLink } from "@/components/IntentLink";
import { ScrollHint } from "@/components/ScrollHint";
import { entryHref } from "@/lib/content/collections";
import { mapSortHref, type EvidenceMap as Map } from "@/lib/catalog/evidence-map";
import { inSentence, OUTCOME_LABELS } from "@/lib/content/vocabulary";
import { ForestPlot } from "./ForestPlot";
import { GradeBadge } from "./GradeBadge";
import { GradeScale } from "./GradeScale";

const signed = (n: number) => (n < 0 ? `−${Math.abs(n)}` : String(n));

/** The chart's number table's columns, written once for its header row and for the labels a phone shows beside each value. */
const NUMBER_COLUMNS = { effect: "Effect", interval: "95% CI", grade: "Method's grade" } as const;

/**
 * Every method against every outcome. A column heading is a link to the map sorted by that
 * outcome (a prerendered page of its own), so sorting needs no script and each order has a URL.
 */
export function EvidenceMap({ map }: { map: Map }) {
  const sortedBy = map.sort === "category" ? undefined : map.sort;
  return (
    <article className="article page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Evidence map" path={mapSortHref(map.sort)} />
      <header className="article__header">
        <h1>Evidence map</h1>
        <p className="lede">
          Every recovery method against every outcome, graded from the studies by{" "}
          <IntentLink href={entryHref("guides", "methodology")}>one published rule</IntentLink>. Each grade links to the studies behind it.
        </p>
      </header>
      <ScrollHint className="evidence-map__hint">Scroll the map sideways to see all {map.columns.length} outcomes</ScrollHint>
      <div className="table-scroll evidence-map__scroll" role="region" aria-labelledby="map-caption" tabIndex={0}>
        <table className="evidence-map">
          <caption id="map-caption">
            <span className="table-scroll__caption">
              {map.rows.length} methods by outcome,{" "}
              {sortedBy ? `strongest evidence of benefit for ${inSentence(OUTCOME_LABELS[sortedBy])} first` : "grouped by kind of method"}
              {sortedBy && (
                <>
                  {" "}
                  (<IntentLink href={mapSortHref("category")}>group by kind instead</IntentLink>)
                </>
              )}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Method</th>
              {map.columns.map((c) => (
                <th key={c.outcome} scope="col" aria-sort={c.outcome === sortedBy ? "descending" : undefined}>
                  {c.outcome === sortedBy ? (
                    <abbr title={c.label}>{c.shortLabel}</abbr>
                  ) : (
                    <IntentLink href={c.href}>
                      <abbr title={c.label}>{c.shortLabel}</abbr>
                      <span className="visually-hidden"> (sort by this outcome)</span>
                    </IntentLink>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((r) => (
              <tr key={r.slug}>
                <th scope="row">
                  <IntentLink href={r.href}>{r.title}</IntentLink>
                </th>
                {r.cells.map((cell) => (
                  <td key={cell.outcome}>
                    <a href={cell.href} className="evidence-map__cell">
                      <GradeBadge grade={cell.grade} />
                      <span className="visually-hidden">: why, for {inSentence(OUTCOME_LABELS[cell.outcome])}</span>
                    </a>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sortedBy && map.plot.length > 0 && (
        <section aria-labelledby="effects-heading">
          <h2 id="effects-heading">Effect sizes for {inSentence(OUTCOME_LABELS[sortedBy])}</h2>
          <ForestPlot groups={map.plot} title={OUTCOME_LABELS[sortedBy]} />
          <details>
            <summary>The numbers in this chart</summary>
            <table className="data-table rows-on-phone">
              <caption>Standardised effects and 95% confidence intervals, turned so that a positive number favours the method</caption>
              <thead>
                <tr>
                  <th scope="col">Method and study</th>
                  <th scope="col">{NUMBER_COLUMNS.effect}</th>
                  <th scope="col">{NUMBER_COLUMNS.interval}</th>
                  <th scope="col">{NUMBER_COLUMNS.grade}</th>
                </tr>
              </thead>
              <tbody>
                {map.plot.flatMap((group) =>
                  group.points.map((p, i) => (
                    <tr key={`${group.title}-${p.label}-${i}`}>
                      <th scope="row">
                        {group.title}: {p.label}
                      </th>
                      <td data-label={NUMBER_COLUMNS.effect}>{signed(p.effect)}</td>
                      <td data-label={NUMBER_COLUMNS.interval}>
                        {signed(p.low)} to {signed(p.high)}
                      </td>
                      <td data-label={NUMBER_COLUMNS.grade}>{group.note}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </details>
        </section>
      )}
      {sortedBy && map.plot.length === 0 && <p>No study of this outcome reports a standardised effect with a confidence interval, so there is no chart.</p>}
      <section aria-labelledby="scale-heading">
        <h2 id="scale-heading">What the grades mean</h2>
        <GradeScale />
      </section>
    </article>
  );
}
