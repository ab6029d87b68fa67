import type { Catalog } from "./catalog";
import { planData } from "./plan-data";
import { DAYS, readPlanQuery, type PlanQuery } from "./plan-input";
import { planHref, presetInput, PLAN_PRESETS } from "./plan-presets";
import { makePlan } from "./planner";

/**
 * Everything the planner's page shows for a query: the week as read (with notices for what was
 * not), the presets built on it, the tools a runner may own, and the plan. Both routes that render
 * the page (app/plan and the kept plan, lib/web/kept-query-pages.ts) ask for it here.
 */
export function planPage(query: PlanQuery, today: Date, catalog: Catalog) {
  const data = planData(catalog);
  const { input, notices } = readPlanQuery(query, today, data.tools.map((t) => t.slug));
  return {
    input,
    notices,
    presets: PLAN_PRESETS.map((p) => ({ label: p.label, description: p.description, href: planHref(presetInput(p, input)) })),
    tools: data.tools.filter((t) => !t.discontinued),
    // Once a week is on the plan, the plan leads and the form folds away under "Change your week".
    folded: DAYS.some((d) => input.days[d].length > 0),
    plan: makePlan(input, data),
  };
}
