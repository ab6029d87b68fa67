import { IntentLink } from "@/components/IntentLink";
import type { Study } from "@/lib/catalog/catalog";
import { formatCertainty, formatEffect, studyDescription, studyLink } from "@/lib/catalog/format";
import { citeLabel } from "@/lib/content/citation-syntax";
import { sectionCrumb } from "@/lib/catalog/sections";
import type { Citation } from "@/lib/catalog/studies";
import { studyJsonLd } from "@/lib/catalog/structured-data";
import { capitalised, CERTAINTY_LABELS, inSentence, POPULATION_LABELS, RESULT_TOPIC_LABELS, STUDY_KIND_LABELS } from "@/lib/content/vocabulary";
import { ArticleBody } from "./ArticleBody";
import { Breadcrumbs } from "./Breadcrumbs";
import { DraftBanner } from "./DraftBanner";
import { JsonLd } from "./JsonLd";
import { UpdatedDate } from "./UpdatedDate";

/** The results table's column names, written once for its header row and for the labels a phone shows beside each value. */
const RESULT_COLUMNS = { measured: "What was measured", effect: "Effect", certainty: "Certainty (the study's own rating)" } as const;

/** One cited work: what it is, its numbers, and every page of the site that rests on it. */
export function StudyArticle({ study, citations }: { study: Study; citations: readonly Citation[] }) {
  const link = studyLink(study);
  const facts: [string, string | undefined][] = [
    ["Kind", STUDY_KIND_LABELS[study.kind]],
    ["Population", study.population && POPULATION_LABELS[study.population]],
    ["Studies pooled", study.pooled?.studies?.toLocaleString("en-US")],
    ["Participants", study.pooled?.participants?.toLocaleString("en-US")],
    ["Certainty overall (the study's own rating)", study.certainty && capitalised(CERTAINTY_LABELS[study.certainty])],
    ["Published in", `${study.venue}${study.year ? `, ${study.year}` : ", n.d."}`],
  ];
  return (
    <article className="article">
      <JsonLd data={studyJsonLd(study)} />
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, sectionCrumb("studies")]} current={citeLabel(study)} path={study.href} />
      <DraftBanner draft={study.draft} />
      <header className="article__header">
        <p className="eyebrow">{studyDescription(study)}</p>
        <h1 className="study-title">{study.title}</h1>
        <p className="lede">
          {study.authors} ({study.year ?? "n.d."}).{" "}
          <a href={link.href} rel="external noopener noreferrer" className="external">
            {link.label}
          </a>
        </p>
        <UpdatedDate date={study.updated} />
      </header>
      <dl className="quick-facts">
        {facts
          .filter((fact): fact is [string, string] => !!fact[1])
          .map(([label, value]) => (
            <div key={label} className="quick-facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {study.note && <p>{study.note}</p>}
      {study.results.length > 0 && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">What it found</h2>
          <div className="table-scroll" role="region" aria-labelledby="results-caption" tabIndex={0}>
            <table className="data-table evidence__table rows-on-phone">
              <caption id="results-caption" className="visually-hidden">
                Results of {citeLabel(study)}, one row per outcome measured
              </caption>
              <thead>
                <tr>
                  <th scope="col">Outcome</th>
                  <th scope="col">{RESULT_COLUMNS.measured}</th>
                  <th scope="col">{RESULT_COLUMNS.effect}</th>
                  <th scope="col">{RESULT_COLUMNS.certainty}</th>
                </tr>
              </thead>
              <tbody>
                {study.results.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{RESULT_TOPIC_LABELS[r.outcome]}</th>
                    <td data-label={RESULT_COLUMNS.measured}>{r.measured}</td>
                    <td data-label={RESULT_COLUMNS.effect}>{formatEffect(r)}</td>
                    <td data-label={RESULT_COLUMNS.certainty}>{formatCertainty(r, study) ?? "Not rated"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {study.body.html && <ArticleBody body={study.body} />}
      <section aria-labelledby="cited-heading">
        <h2 id="cited-heading">Where this site cites it</h2>
        {citations.length === 0 ? (
          <p>No published page cites it at the moment.</p>
        ) : (
          citations.map((group) => (
            <section key={group.collection} aria-label={group.collection}>
              <h3>{group.collection}</h3>
              <ul className="link-list">
                {group.entries.map((entry) => (
                  <li key={entry.href}>
                    <IntentLink href={entry.href}>{entry.title}</IntentLink>
                    {entry.grades.length > 0 && <> (evidence for: {entry.grades.map(inSentence).join("; ")})</>}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </article>
  );
}
