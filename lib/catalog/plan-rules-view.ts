import type { Route } from "next";
import { GRADE_LABELS, OUTCOME_LABELS, PLAN_WINDOW_LABELS, SESSION_KIND_PHRASES, inSentence, type Grade, type SessionKind } from "../content/vocabulary";
import type { Catalog } from "./catalog";
import { SITUATION_LABELS } from "./finder";
import { formatList } from "./format";
import { planData, type PlanStudy } from "./plan-data";

/** One rule of the planner as its page states it, with the grade it rests on today. */
export interface PlanRuleView {
  id: string;
  when: string;
  action: string;
  say: string;
  grade?: { grade: Grade; outcome: string; why: Route };
  condition?: string;
  studies: PlanStudy[];
}

const kinds = (list: readonly SessionKind[]) => formatList(list.map((k) => SESSION_KIND_PHRASES[k]), "or");

/** The planner's rules, in the table's order, each in words. */
export function planRulesView(catalog: Catalog): PlanRuleView[] {
  const data = planData(catalog);
  const method = (slug: string) => data.methods.find((m) => m.slug === slug)!;
  return data.rules.map((rule): PlanRuleView => {
    const when = [
      rule.after ? `After ${kinds(rule.after)}` : "Every day",
      rule.nextDay && `when the next day holds ${kinds(rule.nextDay)}`,
      rule.notNextDay && `unless the next day holds ${kinds(rule.notNextDay)}`,
      rule.beforeRace !== undefined && `${rule.beforeRace === 1 ? "the day" : `up to ${rule.beforeRace} days`} before a race`,
      rule.afterRace !== undefined && `up to ${rule.afterRace} days after a race`,
    ]
      .filter(Boolean)
      .join(", ");
    const window = PLAN_WINDOW_LABELS[rule.window].toLowerCase();
    const target = rule.do ?? rule.skip;
    const grade = target && rule.outcome ? { grade: method(target).grades[rule.outcome], outcome: inSentence(OUTCOME_LABELS[rule.outcome]), why: method(target).why[rule.outcome] } : undefined;
    const floor = rule.atLeast && `Suggested while the grade is ${inSentence(GRADE_LABELS[rule.atLeast])} or better.`;
    const action = rule.do
      ? `${method(rule.do).title}, ${window}.`
      : rule.skip
        ? `Skip ${inSentence(method(rule.skip).title)}.`
        : rule.choose
          ? `The best-graded method for “${inSentence(SITUATION_LABELS[rule.choose.situation])}” that fits your place, budget, tools and minutes, ${window}.`
          : "Nothing new: only food, sleep and the methods of tools you own.";
    const condition = rule.skip
      ? `Applies while the grade is ${rule.whenGrade!.map((g) => inSentence(GRADE_LABELS[g])).join(" or ")}.`
      : rule.choose && rule.outcome
        ? `Chosen by its grade for ${inSentence(OUTCOME_LABELS[rule.outcome])}. ${floor ?? ""}`.trim()
        : floor;
    return { id: rule.id, when, action, say: rule.say, grade, condition: condition || undefined, studies: rule.studies };
  });
}
