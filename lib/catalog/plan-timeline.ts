import { DEFAULT_MARKET } from "./markets";
import type { PlanData } from "./plan-data";
import { emptyWeek, type PlanInput } from "./plan-input";
import { makePlan, type SessionPlan } from "./planner";

/** The week the general timeline is planned for, in words, as the caption beside it states it. */
export const GENERAL_TIMELINE_CAPTION =
  "What the planner suggests after a long run on a Saturday morning, at home, with 30 minutes to spare, any budget and no tools of your own";

/**
 * The timeline in its general form, as the routine guide shows it: what the planner suggests after
 * a typical hard session, a long run on Saturday morning in a week with nothing else on it, at
 * home, any budget, 30 minutes free and no tools owned. It comes from the same rules and catalog as
 * every plan, so it changes when they do. Undefined when the plan has nothing to suggest (a site
 * with no rules).
 */
export function generalTimeline(data: PlanData): SessionPlan | undefined {
  const days = emptyWeek();
  days.sat = [{ kind: "long", time: "morning" }];
  const input: PlanInput = {
    // Any Monday: with no race and one session, the date changes nothing, and a fixed one keeps
    // the prerendered guide the same whenever it is built.
    start: "2024-01-01",
    days,
    minutes: 30,
    setting: "home",
    market: DEFAULT_MARKET,
    budget: "any",
    owned: [],
    areas: [],
  };
  const session = makePlan(input, data).days.find((d) => d.day === "sat")?.sessions[0];
  return session && session.windows.some((w) => w.suggestions.length > 0) ? session : undefined;
}
