import { GRADES, GRADE_DEFINITIONS } from "@/lib/content/vocabulary";
import { GradeBadge } from "./GradeBadge";

/** The grade scale with its definitions, so a reader never has to guess what a badge means. */
export function GradeScale() {
  return (
    <dl className="grade-scale">
      {GRADES.map((grade) => (
        <div key={grade} className="grade-scale__row">
          <dt>
            <GradeBadge grade={grade} />
          </dt>
          <dd>{GRADE_DEFINITIONS[grade]}</dd>
        </div>
      ))}
    </dl>
  );
}
