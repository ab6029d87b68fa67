/**
 * The places on a query page that its form and its links open at, named once: on a phone the answer
 * sits far below the form that asked for it, so a submission or a preset lands on the answer
 * (a fragment never reaches the server, so the page stays cacheable by its URL alone).
 */
export const FINDER_RESULTS_ID = "results";
/** The grading rule as the methodology guide prints it (::grading-rules), which every grade's reason links to. */
export const GRADING_RULE_ID = "grading-rule";
/** The planner's notices and plan, together: what a runner asked for, and what to check first. */
export const PLAN_OUTPUT_ID = "plan-output";
/** What the effect sizes, intervals and certainty ratings mean (::reading-the-numbers), linked from every grade's reason. */
export const READING_NUMBERS_ID = "reading-the-numbers";
