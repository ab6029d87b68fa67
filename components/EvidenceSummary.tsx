import { IntentLink } from "@/components/IntentLink";
import type { ModalityFrontmatter, Reference } from "@/lib/content/schemas";
import { OUTCOMES, OUTCOME_LABELS } from "@/lib/content/vocabulary";
import { citeLabel } from "@/lib/catalog/format";
import { GradeBadge } from "./GradeBadge";
import { GradeScale } from "./GradeScale";

/** One row per graded outcome: the grade, what it means here, and the references it rests on. */
export function EvidenceSummary({
  evidence,
  references,
}: {
  evidence: ModalityFrontmatter["evidence"];
  references: Reference[];
}) {
  const byId = new Map(references.map((r) => [r.id, r]));
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
                      {graded.refs.map((id, i) => (
                        <span key={id}>
                          {i > 0 && "; "}
                          <a href={`#ref-${id}`}>{citeLabel(byId.get(id)!)}</a>
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
          <IntentLink href="/guides/methodology">How we grade the evidence</IntentLink>
        </p>
      </details>
    </section>
  );
}
