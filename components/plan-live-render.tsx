import { createRoot } from "react-dom/client";
import type { PlanData } from "@/lib/catalog/plan-data";
import { planSearch, readPlanQuery, type PlanQuery } from "@/lib/catalog/plan-input";
import { makePlan } from "@/lib/catalog/planner";
import { PlanOutput } from "./PlanOutput";

/** A form's fields as the query string it would send: repeated names become lists, in order. */
function formQuery(form: HTMLFormElement): PlanQuery {
  const query: Record<string, string[]> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") (query[name] ??= []).push(value);
  return query;
}

/**
 * Takes over the server-rendered plan in `output`: each call reads the form as the server would
 * read its URL, plans, renders, and puts the week in the address bar, so the link to share is
 * always the plan on screen.
 */
export function planRenderer(data: PlanData, output: HTMLElement) {
  output.replaceChildren();
  const root = createRoot(output);
  return (form: HTMLFormElement) => {
    const { input, notices } = readPlanQuery(formQuery(form), new Date(), data.tools.map((t) => t.slug));
    root.render(<PlanOutput plan={makePlan(input, data)} notices={notices} />);
    window.history.replaceState(null, "", `/plan?${planSearch(input)}`);
  };
}
