import { IntentLink } from "@/components/IntentLink";
import { entryHref } from "@/lib/content/collections";
import { GRADE_LABELS, inSentence } from "@/lib/content/vocabulary";
import { numbersOf, type OutcomeEvidence } from "@/lib/catalog/evidence";
import { ForestPlot } from "./ForestPlot";
import { GradeBadge } from "./GradeBadge";
import { GradeScale } from "./GradeScale";
import { GRADING_RULE_ID, READING_NUMBERS_ID } from "@/lib/catalog/anchors";
import { DECIDING_STUDIES } from "@/lib/catalog/grading";

const METHODOLOGY = entryHref("guides", "methodology");

/** The "why" table's columns, written once for its header row and for the labels a phone shows beside each value. */
const WHY_COLUMNS = { kind: "Kind and people", found: "Found", numbers: "Numbers", counted: "Counted" } as const;

/** Why one outcome has its grade: the rule that decided it and every study it weighed, with a chart of their numbers. */
export function WhyThisGrade({ evidence }: { evidence: OutcomeEvidence }) {
  const { anchor, label, grade, because, entries, plot, nearReaders } = evidence;
  return (
    <details className="why">
      <summary>
        Why &ldquo;{inSentence(GRADE_LABELS[grade])}&rdquo; for {inSentence(label)}
      </summary>
      {/* The target of every link to this reason: inside the disclosure, so arriving at it opens it. */}
      <p id={anchor}>
        <strong>The rule that decided it:</strong> {because}
      </p>
      {/* "Deciding study" is the rule's own term, used in almost every condition: said here too, where the rule is read. */}
      <p className="why__terms">
        {DECIDING_STUDIES} <a href={`${METHODOLOGY}#${GRADING_RULE_ID}`}>The whole rule</a>; <a href={`${METHODOLOGY}#${READING_NUMBERS_ID}`}>what the numbers mean</a>.
      </p>
      {entries.length === 0 ? (
        <p>No study listed here measured this outcome.</p>
      ) : (
        <>
          <ForestPlot groups={[{ points: plot }]} title={label} />
          <table className="data-table rows-on-phone">
            <caption>
              The studies weighed for {inSentence(label)}; {nearReaders === 0 ? "none of those counted studied" : `${nearReaders} of those counted studied`}{" "}
              runners or endurance athletes
            </caption>
            <thead>
              <tr>
                <th scope="col">Study</th>
                <th scope="col">{WHY_COLUMNS.kind}</th>
                <th scope="col">{WHY_COLUMNS.found}</th>
                <th scope="col">{WHY_COLUMNS.numbers}</th>
                <th scope="col">{WHY_COLUMNS.counted}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={`${e.study}-${i}`}>
                  <th scope="row">
                    <a href={e.href}>{e.cite}</a>
                  </th>
                  <td data-label={WHY_COLUMNS.kind}>
                    {e.kind}; {inSentence(e.population)}
                  </td>
                  <td data-label={WHY_COLUMNS.found}>
                    {e.finding}
                    {e.note && <span className="why__note"> {e.note}</span>}
                  </td>
                  <td data-label={WHY_COLUMNS.numbers}>{numbersOf(e)}</td>
                  <td data-label={WHY_COLUMNS.counted}>{!e.counted ? `No: ${e.notCountedBecause}` : e.deciding ? "Yes, deciding" : "Yes"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </details>
  );
}

/** One row per outcome: the computed grade and what it means here, then why each grade is what it is. */
export function EvidenceSummary({ outcomes }: { outcomes: readonly OutcomeEvidence[] }) {
  return (
    <section aria-labelledby="evidence-heading" className="evidence">
      <h2 id="evidence-heading">Evidence at a glance</h2>
      <table className="data-table evidence__table rows-on-phone">
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Grade</th>
            <th scope="col">What the research shows</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o) => (
            <tr key={o.outcome}>
              <th scope="row">{o.label}</th>
              <td>
                <GradeBadge grade={o.grade} />
              </td>
              <td>
                {o.summary} <a href={`#${o.anchor}`}>Why this grade</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="evidence__why-heading">Why each grade</h3>
      {outcomes.map((o) => (
        <WhyThisGrade key={o.outcome} evidence={o} />
      ))}
      <details className="evidence__scale">
        <summary>What the grades mean</summary>
        <GradeScale />
        <p>
          <IntentLink href={entryHref("guides", "methodology")}>How every grade is computed</IntentLink>
        </p>
      </details>
    </section>
  );
}
