import { GRADE_LABELS, type Grade } from "@/lib/content/vocabulary";

/** How many of four bars a grade fills; below "limited" the words and colour carry the meaning. */
const BARS: Record<Grade, number> = { strong: 4, moderate: 3, limited: 2, conflicting: 1, "no-effect": 0, insufficient: 0, harm: 0 };

/**
 * A grade as words first (for everyone, including screen readers) with a small bar as a visual
 * cue; `compact` leaves the bars out where a page repeats many grades (the planner's week), since
 * every element is work for a phone on load.
 */
export function GradeBadge({ grade, compact = false }: { grade: Grade; compact?: boolean }) {
  if (compact) {
    return (
      <span className={`grade grade--${grade}`}>
        <span className="grade__label">{GRADE_LABELS[grade]}</span>
      </span>
    );
  }
  return (
    <span className={`grade grade--${grade}`}>
      <span className="grade__bars" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={n <= BARS[grade] ? "grade__bar grade__bar--on" : "grade__bar"} />
        ))}
      </span>
      <span className="grade__label">{GRADE_LABELS[grade]}</span>
    </span>
  );
}
