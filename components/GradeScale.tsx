import { GRADES } from "@/lib/content/vocabulary";
import { GRADING_RULES } from "@/lib/catalog/grading";
import { GradeBadge } from "./GradeBadge";

const WHEN = new Map(GRADING_RULES.map((rule) => [rule.grade, rule.when]));

/** The grade scale with the condition of each grade, taken from the rule that computes them. */
export function GradeScale() {
  return (
    <dl className="grade-scale">
      {GRADES.map((grade) => (
        <div key={grade} className="grade-scale__row">
          <dt>
            <GradeBadge grade={grade} />
          </dt>
          <dd>{WHEN.get(grade)}</dd>
        </div>
      ))}
    </dl>
  );
}
