import { GRADES, type Grade } from "../content/vocabulary";

/**
 * Whether `grade` shows at least the support of `floor`. Only the three grades of benefit rank
 * above one another; conflicting, no-effect, insufficient and harm meet no floor but their own.
 */
export function meetsGrade(grade: Grade, floor: Grade): boolean {
  const rank = (g: Grade) => GRADES.indexOf(g);
  return grade === floor || (rank(floor) <= rank("limited") && rank(grade) <= rank(floor));
}
