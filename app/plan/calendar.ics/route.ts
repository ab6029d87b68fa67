import { getCatalog } from "@/lib/catalog/catalog";
import { calendarFileName, planCalendar } from "@/lib/catalog/plan-calendar";
import { planData } from "@/lib/catalog/plan-data";
import { readPlanQuery } from "@/lib/catalog/plan-input";
import { queryRecord } from "@/lib/web/query";
import { makePlan } from "@/lib/catalog/planner";

/**
 * The plan of /plan, for the same query, as an iCalendar file to download. The reader's notices
 * about odd input are not repeated here (the page shows them); what it leaves out is left out.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const { input } = readPlanQuery(queryRecord(url.searchParams), new Date());
  const plan = makePlan(input, planData(getCatalog()));
  const calendar = planCalendar(plan, url.origin);
  if (!calendar.ok) {
    return new Response(`${calendar.error}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return new Response(calendar.text, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${calendarFileName(plan)}"`,
    },
  });
}
