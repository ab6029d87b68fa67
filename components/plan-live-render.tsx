import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { PlanData } from "@/lib/catalog/plan-data";
import { planSearch, readPlanQuery } from "@/lib/catalog/plan-input";
import { queryRecord } from "@/lib/web/query";
import { makePlan } from "@/lib/catalog/planner";
import { PlanOutput } from "./PlanOutput";

/**
 * Takes over the server-rendered plan in `output`: each call reads the form as the server would
 * read its URL, plans, renders, and puts the week in the address bar, so the link to share is
 * always the plan on screen.
 */
export function planRenderer(data: PlanData, output: HTMLElement) {
  output.replaceChildren();
  const root = createRoot(output);
  return (form: HTMLFormElement) => {
    const { input, notices } = readPlanQuery(queryRecord(new FormData(form)), new Date(), data.tools.map((t) => t.slug));
    // At once, not on React's schedule: a submit scrolls to the plan straight after (PlanLive), and
    // the first render replaces an emptied output whose height would otherwise still be zero.
    flushSync(() => root.render(<PlanOutput plan={makePlan(input, data)} notices={notices} />));
    window.history.replaceState(null, "", `/plan?${planSearch(input)}`);
  };
}
