import type { Plan } from "@/lib/catalog/planner";
import { planSearch } from "@/lib/catalog/plan-input";
import type { Notice } from "@/lib/web/query";
import { NoticeList } from "./NoticeList";
import { PlanWeek } from "./PlanWeek";

/** What the planner shows under the form: what was not understood, then the week's plan. */
export function PlanOutput({ plan, notices }: { plan: Plan; notices: Notice[] }) {
  return (
    <>
      <NoticeList notices={notices} title="Some of the week was not understood and was left out" />
      <PlanWeek plan={plan} calendarHref={`/plan/calendar.ics?${planSearch(plan.input)}`} />
    </>
  );
}
