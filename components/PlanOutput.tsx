import type { Plan } from "@/lib/catalog/planner";
import { planSearch } from "@/lib/catalog/plan-input";
import type { Notice } from "@/lib/web/query";
import { NoticeList } from "./NoticeList";
import { PlanWeek } from "./PlanWeek";

/** What the planner shows under the form: what in the week was read differently or needs a look, then the week's plan. */
export function PlanOutput({ plan, notices }: { plan: Plan; notices: Notice[] }) {
  return (
    <>
      <NoticeList notices={notices} title="Check these parts of your week" />
      <PlanWeek plan={plan} calendarHref={`/plan/calendar.ics?${planSearch(plan.input)}`} />
    </>
  );
}
