import { GRADE_LABELS, type Grade } from "@/lib/content/vocabulary";
import { GradeGlyph } from "./GradeGlyph";

/**
 * A grade as words first (for everyone, including screen readers) with its shape as a visual cue
 * (GradeGlyph); `compact` leaves the shape out where a page repeats many grades (the planner's
 * week), since every element is work for a phone on load.
 */
export function GradeBadge({ grade, compact = false }: { grade: Grade; compact?: boolean }) {
  return (
    <span className={`grade grade--${grade}`}>
      {!compact && <GradeGlyph grade={grade} />}
      <span className="grade__label">{GRADE_LABELS[grade]}</span>
    </span>
  );
}
