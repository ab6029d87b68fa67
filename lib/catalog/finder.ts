import type { Catalog, Modality, Tool } from "./catalog";
import { BODY_AREAS, CURRENCIES, inSentence, MARKET_CURRENCY, OUTCOME_SHORT_LABELS, SETTINGS, SITUATIONS, type Grade, type Market } from "../content/vocabulary";
import type { Route } from "next";
import { marketParam, priceIn, readMarket } from "./markets";
import { recommendedTools, toolVerdicts, type PickMark } from "./picks";
import { bodyAreaLabel, formatPrice, formatRange } from "./format";
import { BUDGETS, BUDGET_LIMIT, type Budget } from "./budgets";
import { bestOutcome, evidencePoints, GRADE_POINTS, RANKED_OUTCOMES, type RankedOutcome } from "./grade-points";
import { meetsGrade } from "./grade-order";
import { readList, readOne, shown, type Notice } from "../web/query";

type Situation = (typeof SITUATIONS)[number];
type BodyArea = (typeof BODY_AREAS)[number];
type Setting = (typeof SETTINGS)[number];

export const SITUATION_LABELS: Record<Situation, string> = {
  "high-volume": "High weekly mileage",
  "back-to-back": "Back-to-back hard days",
  "little-time": "Little time for recovery",
  "after-hard-session": "Right after a hard or long session",
  travel: "Travel or long sitting",
  "race-week": "Race week",
};

/**
 * A method's cost is written in one currency by its editor; to place it in a band only, these
 * rough rates say how many of the reader's currency it is. No price is ever shown converted.
 */
const USD_PER: Record<(typeof CURRENCIES)[number], number> = { USD: 1, CAD: 0.72, AUD: 0.65, GBP: 1.27, EUR: 1.08, INR: 0.012 };

export interface FinderAnswers {
  situations: Situation[];
  area?: BodyArea;
  budget: Budget;
  setting?: Setting;
  /** The market whose prices the budget and the tools are read in. */
  market: Market;
}

/** The grade a result shows first: its method's best on the outcomes the finder ranks by. */
export interface FinderLead {
  outcome: RankedOutcome;
  /** The outcome's short name, as the result's badge reads it ("Next session"). */
  label: string;
  grade: Grade;
}

export interface FinderResult {
  modality: Modality;
  score: number;
  lead: FinderLead;
  reasons: string[];
  /** Tools that deliver it within the budget: the buying guides' picks first, then cheapest first; tools a guide says to skip are left out. */
  tools: Tool[];
  /** The listed tools a buying guide picks, by slug. */
  picks: Record<string, PickMark>;
}

export interface FinderOutcome {
  answers: FinderAnswers;
  notices: Notice[];
  /** Sleep, food and the other basics (isBasic): always shown first, whatever the answers. */
  foundations: FinderResult[];
  results: FinderResult[];
}

/** The parameters the finder reads, in the order its form sends them (lib/web/cache-key.ts). */
export const FINDER_PARAMS = ["situation", "area", "setting", "market", "budget"] as const;

export type FinderQuery = Partial<Record<(typeof FINDER_PARAMS)[number], string | string[]>>;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Reads the finder's query string; anything unknown is reported and ignored, never fatal. */
export function readFinderQuery(query: FinderQuery): { answers: FinderAnswers; notices: Notice[] } {
  const notices: Notice[] = [];
  const situations: Situation[] = [];
  for (const s of readList(query.situation)) {
    if (isOneOf(SITUATIONS, s)) {
      if (!situations.includes(s)) situations.push(s);
    } else notices.push({ value: shown(s), reason: `is not a situation we know (choose from: ${SITUATIONS.join(", ")})` });
  }
  const one = <T extends string>(raw: string | string[] | undefined, list: readonly T[], name: string): T | undefined => {
    const value = readOne(raw);
    if (value === undefined || value === "" || value === "any") return undefined;
    if (isOneOf(list, value)) return value;
    notices.push({ value: shown(value), reason: `is not a ${name} we know (choose from: ${list.join(", ")})` });
    return undefined;
  };
  const area = one(query.area, BODY_AREAS, "body area");
  const setting = one(query.setting, SETTINGS, "place");
  const budgetValue = readOne(query.budget);
  let budget: Budget = "any";
  if (budgetValue && isOneOf(BUDGETS, budgetValue)) budget = budgetValue;
  else if (budgetValue) notices.push({ value: shown(budgetValue), reason: `is not a budget we know (choose from: ${BUDGETS.join(", ")})` });
  const market = readMarket(query.market, notices);
  return { answers: { situations, area, budget, setting, market }, notices };
}



/**
 * Whether a method can be had within the budget: by its own cost when its page gives one, else
 * only through a tool priced within the budget in the reader's market. A method whose cost is not
 * known is never taken to be free.
 */
function fitsBudget(modality: Modality, budget: Budget, market: Market, toolsInBudget: readonly Tool[]): boolean {
  if (budget === "any") return true;
  if (!modality.cost) return toolsInBudget.length > 0;
  const inMarket = (modality.cost.from * USD_PER[modality.cost.currency]) / USD_PER[MARKET_CURRENCY[market]];
  return inMarket <= BUDGET_LIMIT[budget];
}

/** What a result leads with: the outcome its method's evidence supports best, and that grade. */
function leadOf(modality: Modality): FinderLead {
  const outcome = bestOutcome(modality.grades);
  return { outcome, label: OUTCOME_SHORT_LABELS[outcome], grade: modality.grades[outcome].grade };
}

/** Whose price a method's cost is, when it is not the reader's market's currency: a price is never converted. */
const COST_MARKET: Record<(typeof CURRENCIES)[number], string> = { USD: "a US price", GBP: "a UK price", EUR: "a eurozone price", AUD: "an Australian price", CAD: "a Canadian price", INR: "an Indian price" };

/**
 * The tools priced in the reader's market within the budget, the buying guides' picks first, then
 * cheapest first; a tool with no price there is left out of a budget.
 */
function toolsWithin(catalog: Catalog, tools: readonly Tool[], budget: Budget, market: Market): Tool[] {
  const amount = (t: Tool) => priceIn(t, market)?.amount ?? Infinity;
  const cheapestFirst = tools
    .filter((t) => budget === "any" || amount(t) <= BUDGET_LIMIT[budget])
    .sort((a, b) => amount(a) - amount(b) || a.title.localeCompare(b.title));
  return recommendedTools(catalog, cheapestFirst);
}

function describe(modality: Modality, answers: FinderAnswers, tools: Tool[]): string[] {
  const reasons: string[] = [];
  if (modality.grades["strength-gains"].grade === "harm") reasons.push("may blunt strength gains if used after every strength session");
  if (modality.grades["endurance-gains"].grade === "harm") reasons.push("may blunt endurance gains if used after every session");
  if (modality.sessionMinutes) reasons.push(`${formatRange(modality.sessionMinutes, "minutes")} a session`);
  if (modality.cost) {
    reasons.push(
      modality.cost.from === 0
        ? "can be free"
        : `from ${formatPrice({ amount: modality.cost.from, currency: modality.cost.currency })}${modality.cost.currency === MARKET_CURRENCY[answers.market] ? "" : ` (${COST_MARKET[modality.cost.currency]})`}`,
    );
  }
  const matched = answers.situations.filter((s) => modality.situations.includes(s));
  if (matched.length) reasons.push(`suits ${matched.map((s) => inSentence(SITUATION_LABELS[s])).join(" and ")}`);
  if (answers.area && modality.bodyAreas.includes(answers.area)) reasons.push(`works on the ${inSentence(bodyAreaLabel(answers.area))}`);
  if (answers.budget !== "any" && answers.budget !== "free" && tools.length) reasons.push(`${tools.length} tool${tools.length === 1 ? "" : "s"} in your budget`);
  return reasons;
}

/**
 * Whether a foundation is one of "the basics that matter most": it shows a benefit on an outcome
 * the finder ranks by, or nothing has measured it yet. Supplements sit among the foundations, but
 * on conflicting evidence they are ranked and priced like any other method, not listed as a must-do
 * beside sleep and food.
 */
function isBasic(modality: Modality): boolean {
  const grades = RANKED_OUTCOMES.map((o) => modality.grades[o].grade);
  return grades.some((g) => meetsGrade(g, "limited")) || grades.every((g) => g === "insufficient");
}

/**
 * Ranks modalities for a runner's answers. Setting and budget filter; situations and body area
 * add to a score built from the evidence (soreness, fatigue and performance count, harm counts
 * against). Ties keep the catalog's order. Everything comes from frontmatter, so a new article
 * joins the finder without code changes.
 */
export function rankModalities(answers: FinderAnswers, catalog: Catalog): Omit<FinderOutcome, "notices"> {
  const results: FinderResult[] = [];
  const foundations: FinderResult[] = [];
  for (const modality of catalog.modalities) {
    const tools = toolsWithin(catalog, catalog.toolsForModality(modality.slug), answers.budget, answers.market);
    const picks = Object.fromEntries(tools.flatMap((t) => ((p) => (p ? [[t.slug, p] as const] : []))(toolVerdicts(catalog).picks.get(t.slug))));
    const result = (score: number): FinderResult => ({ modality, score, lead: leadOf(modality), reasons: describe(modality, answers, tools), tools, picks });
    if (modality.category === "foundations" && isBasic(modality)) {
      foundations.push(result(0));
      continue;
    }
    if (answers.setting && modality.setting.length && !modality.setting.includes(answers.setting)) continue;
    if (!fitsBudget(modality, answers.budget, answers.market, tools)) continue;
    if (answers.area && modality.bodyAreas.length && !modality.bodyAreas.includes(answers.area) && !modality.bodyAreas.includes("whole-body")) continue;

    let score = evidencePoints(modality.grades);
    score += 3 * answers.situations.filter((s) => modality.situations.includes(s)).length;
    if (answers.area && modality.bodyAreas.includes(answers.area)) score += 2;
    results.push(result(score));
  }
  results.sort((a, b) => b.score - a.score);
  // The basics lead with the one whose evidence is strongest on any outcome the finder asks about.
  foundations.sort((a, b) => GRADE_POINTS[b.lead.grade] - GRADE_POINTS[a.lead.grade]);
  return { answers, foundations, results };
}

export function runFinder(query: FinderQuery, catalog: Catalog): FinderOutcome {
  const { answers, notices } = readFinderQuery(query);
  return { ...rankModalities(answers, catalog), notices };
}

/**
 * The planner with the finder's answers carried over (place, area, market and budget), so the
 * methods that fit here are the ones the plan draws on. The week itself is the planner's to ask.
 */
export function planFromFinder(answers: FinderAnswers): Route {
  const params = new URLSearchParams();
  if (answers.setting) params.set("setting", answers.setting);
  if (answers.area) params.set("area", answers.area);
  if (answers.situations.includes("travel")) params.set("setting", "travelling");
  params.set("market", marketParam(answers.market));
  params.set("budget", answers.budget);
  return `/plan?${params}` as Route;
}

/**
 * Everything the finder's page shows for a query: the ranked answer, whether anything was asked,
 * and the planner carrying the answers over. Both routes that render the page (app/finder and the
 * kept answer, lib/web/kept-query-pages.ts) ask for it here.
 */
export function finderPage(query: FinderQuery, catalog: Catalog) {
  const outcome = runFinder(query, catalog);
  return { outcome, answered: Object.keys(query).length > 0, planHref: planFromFinder(outcome.answers) };
}
