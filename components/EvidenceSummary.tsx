import { IntentLink } from "@/components/IntentLink";
import { entryHref } from "@/lib/content/collections";
import type { Study } from "@/lib/catalog/catalog";
import type { ModalityFrontmatter } from "@/lib/content/schemas";
import { OUTCOMES, OUTCOME_LABELS } from "@/lib/content/vocabulary";
import { citeLabel } from "@/lib/catalog/format";
import { GradeBadge } from "./GradeBadge";
import { GradeScale } from "./GradeScale";

/** One row per graded outcome: the grade, what it means here, and the references it rests on. */
export function EvidenceSummary({
  evidence,
  studies,
}: {
  evidence: ModalityFrontmatter["evidence"];
  /** The studies the grades cite (and any others), so each citation can name its authors and year. */
  studies: readonly Study[];
}) {
  const bySlug = new Map(studies.map((s) => [s.slug, s]));
  return (
    <section aria-labelledby="evidence-heading" className="evidence">
      <h2 id="evidence-heading">Evidence at a glance</h2>
      <table className="evidence__table">
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Grade</th>
            <th scope="col">What the research shows</th>
          </tr>
        </thead>
        <tbody>
          {OUTCOMES.map((outcome) => {
            const graded = evidence[outcome];
            return (
              <tr key={outcome}>
                <th scope="row">{OUTCOME_LABELS[outcome]}</th>
                <td>
                  <GradeBadge grade={graded.grade} />
                </td>
                <td>
                  {graded.summary}
                  {graded.refs.length > 0 && (
                    <span className="evidence__refs">
                      {" "}
                      (
                      {graded.refs.flatMap((slug) => bySlug.get(slug) ?? []).map((study, i) => (
                        <span key={study.slug}>
                          {i > 0 && "; "}
                          <a href={`#ref-${study.slug}`}>{citeLabel(study)}</a>
                        </span>
                      ))}
                      )
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details className="evidence__scale">
        <summary>What the grades mean</summary>
        <GradeScale />
        <p>
          <IntentLink href={entryHref("guides", "methodology")}>How we grade the evidence</IntentLink>
        </p>
      </details>
    </section>
  );
}
