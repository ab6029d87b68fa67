import type { Route } from "next";
import {
  GRADE_LABELS,
  HARD_SESSION_KINDS,
  PLAN_WINDOWS,
  PLAN_WINDOW_LABELS,
  SESSION_KIND_LABELS,
  TIME_OF_DAY_LABELS,
  inSentence,
  type Grade,
  type Outcome,
  type PlanWindow,
  type SessionKind,
  type TimeOfDay,
} from "../content/vocabulary";
import { BUDGET_LIMIT } from "./budgets";
import { formatPrice } from "./format";
import { GRADE_POINTS } from "./grade-points";
import { meetsGrade } from "./grade-order";
import type { PlanData, PlanMethod, PlanRuleData, PlanStudy, PlanTool } from "./plan-data";
import { addDays, DAYS, DAY_LABELS, impliedRaceDay, isoDay, parseDay, type Day, type PlanInput, type PlannedSession } from "./plan-input";

// The planner: a runner's week in, a plan out. It runs on plain data (plan-data.ts) and imports
// nothing from the server, so the page renders it and the browser re-runs it as the form changes.

export interface PlanLink {
  slug: string;
  title: string;
  href: Route;
}

export interface Suggestion {
  rule: string;
  method: PlanLink;
  outcome: Outcome;
  grade: Grade;
  /** The "why this grade" section of the method's page. */
  why: Route;
  minutes: number;
  say: string;
  studies: PlanStudy[];
  /** Tools the runner owns that deliver it. */
  owned: PlanLink[];
  /** When the runner owns none and the budget allows: the tool to buy, a buying guide's pick first. */
  buy?: PlanLink & { price: string; role?: string; guide?: Route };
}

export interface SkipNote {
  rule: string;
  method?: PlanLink;
  outcome?: Outcome;
  grade?: Grade;
  why?: Route;
  say: string;
  studies: PlanStudy[];
}

export interface WindowPlan {
  window: PlanWindow;
  label: string;
  suggestions: Suggestion[];
}

export interface SessionPlan {
  kind: SessionKind;
  label: string;
  time: TimeOfDay;
  timeLabel: string;
  windows: WindowPlan[];
  skips: SkipNote[];
  minutes: number;
  /** A race the week did not list, planned because the runner gave this day as their race date. */
  fromRaceDate?: true;
}

export interface DayPlan {
  day: Day;
  label: string;
  /** YYYY-MM-DD. */
  date: string;
  sessions: SessionPlan[];
  /** Race day, or how far the day is from the race. */
  race?: string;
  /** Rules that cover the whole day, such as nothing new before a race. */
  notes: SkipNote[];
  minutes: number;
}

export interface Plan {
  input: PlanInput;
  days: DayPlan[];
  minutes: number;
  /** What the evidence does not promise, worked out from this plan's suggestions. */
  caveat: string;
  /** The week's hardest session, which the timeline draws. */
  hardest?: { day: Day; index: number };
  /** True when the site has no rules to plan with. */
  noRules: boolean;
  /**
   * True when the week has nothing on it: no session, and no race near enough to put advice on a
   * day. The page then offers a way in instead of seven rest days.
   */
  blank: boolean;
}

const HARDNESS: Record<SessionKind, number> = { race: 5, long: 4, intervals: 3, strength: 2, cross: 1, easy: 0 };

const link = (m: { slug: string; title: string; href: Route }): PlanLink => ({ slug: m.slug, title: m.title, href: m.href });

/** The dates of races: the race date the runner gave, and every day with a race on the plan. */
function raceDates(input: PlanInput, start: Date): Date[] {
  const dates = DAYS.flatMap((day, i) => (input.days[day].some((s) => s.kind === "race") ? [addDays(start, i)] : []));
  const given = parseDay(input.race);
  return given ? [...dates, given] : dates;
}

type WeekSession = PlannedSession & { fromRaceDate?: true };

/**
 * The week's sessions, with the race on its date where the planner fills it in (impliedRaceDay): a
 * "Race day" that read "Rest day" planned no recovery from the race. It is planned for the
 * morning, the URL's time for a session that names none.
 */
function weekSessions(input: PlanInput): Record<Day, WeekSession[]> {
  const day = impliedRaceDay(input);
  return day ? { ...input.days, [day]: [{ kind: "race", time: "morning", fromRaceDate: true }] } : input.days;
}

const dayDiff = (a: Date, b: Date) => Math.round((a.getTime() - b.getTime()) / 86_400_000);

function raceNote(date: Date, races: Date[]): { before?: number; after?: number; label?: string } {
  const ahead = races.map((r) => dayDiff(r, date)).filter((d) => d >= 0);
  const behind = races.map((r) => dayDiff(date, r)).filter((d) => d > 0);
  const before = ahead.length ? Math.min(...ahead) : undefined;
  const after = behind.length ? Math.min(...behind) : undefined;
  const label =
    before === 0
      ? "Race day"
      : before !== undefined && before <= 7
        ? `${before} day${before === 1 ? "" : "s"} to your race`
        : after !== undefined && after <= 14
          ? `${after} day${after === 1 ? "" : "s"} after your race`
          : undefined;
  return { before, after, label };
}

interface Context {
  input: PlanInput;
  data: PlanData;
  methods: Map<string, PlanMethod>;
  ownedTools: PlanTool[];
}

/** Where the runner can do a method, and with what: the tools they own, or one they could buy within budget. */
function access(method: PlanMethod, ctx: Context, familiarOnly: boolean): { owned: PlanLink[]; buy?: Suggestion["buy"] } | undefined {
  const { input } = ctx;
  const owned = ctx.ownedTools.filter((t) => t.methods.includes(method.slug)).map(link);
  if (method.foundation) return { owned };
  if (familiarOnly && owned.length === 0) return undefined;
  // Travelling: what can be done in a hotel room, with what the runner carries.
  const place = input.setting === "travelling" ? "home" : input.setting;
  if (method.setting.length && !method.setting.includes(place)) return undefined;
  if (owned.length || method.free) return { owned };
  if (input.setting === "travelling" || input.budget === "free") return undefined;
  const limit = BUDGET_LIMIT[input.budget];
  const buyable = ctx.data.tools
    .filter((t) => t.methods.includes(method.slug) && !t.skipped && !t.discontinued && t.prices[input.market] && t.prices[input.market]!.amount <= limit)
    .sort((a, b) => (a.pick?.rank ?? 9) - (b.pick?.rank ?? 9) || a.prices[input.market]!.amount - b.prices[input.market]!.amount);
  const tool = buyable[0];
  if (!tool) return input.budget === "any" ? { owned } : undefined;
  return { owned, buy: { ...link(tool), price: formatPrice(tool.prices[input.market]!), role: tool.pick?.role, guide: tool.pick?.guide } };
}

function suggestion(rule: PlanRuleData, method: PlanMethod, outcome: Outcome, reach: { owned: PlanLink[]; buy?: Suggestion["buy"] }): Suggestion {
  return {
    rule: rule.id,
    method: link(method),
    outcome,
    grade: method.grades[outcome],
    why: method.why[outcome],
    minutes: rule.minutes ?? method.minutes ?? 0,
    say: rule.say,
    studies: rule.studies,
    ...reach,
  };
}

/** Whether a rule's conditions hold for a session on a day. */
function applies(rule: PlanRuleData, kind: SessionKind | undefined, next: SessionKind[], race: { before?: number; after?: number }): boolean {
  if (rule.after && (!kind || !rule.after.includes(kind))) return false;
  if (rule.nextDay && !next.some((k) => rule.nextDay!.includes(k))) return false;
  if (rule.notNextDay && next.some((k) => rule.notNextDay!.includes(k))) return false;
  if (rule.beforeRace !== undefined && (race.before === undefined || race.before === 0 || race.before > rule.beforeRace)) return false;
  if (rule.afterRace !== undefined && (race.after === undefined || race.after > rule.afterRace)) return false;
  return true;
}

function planSession(
  ctx: Context,
  session: WeekSession,
  next: SessionKind[],
  race: { before?: number; after?: number },
  skipped: Map<string, SkipNote>,
  familiarOnly: boolean,
): SessionPlan {
  const rules = ctx.data.rules.filter((r) => !r.familiarOnly && applies(r, session.kind, next, race));
  // Skips first: a method left out after this session is left out of every later session that day.
  for (const rule of rules) {
    const method = rule.skip ? ctx.methods.get(rule.skip) : undefined;
    if (!method || !rule.outcome || !rule.whenGrade?.includes(method.grades[rule.outcome])) continue;
    if (!skipped.has(method.slug)) {
      skipped.set(method.slug, {
        rule: rule.id,
        method: link(method),
        outcome: rule.outcome,
        grade: method.grades[rule.outcome],
        why: method.why[rule.outcome],
        say: rule.say,
        studies: rule.studies,
      });
    }
  }
  const chosen = new Set<string>();
  const byWindow = new Map<PlanWindow, Suggestion[]>();
  const add = (window: PlanWindow, s: Suggestion) => {
    chosen.add(s.method.slug);
    byWindow.set(window, [...(byWindow.get(window) ?? []), s]);
  };
  let free = ctx.input.minutes;
  for (const rule of rules) {
    const method = rule.do ? ctx.methods.get(rule.do) : undefined;
    if (!method || !rule.outcome || chosen.has(method.slug) || skipped.has(method.slug)) continue;
    if (rule.atLeast && !meetsGrade(method.grades[rule.outcome], rule.atLeast)) continue;
    const reach = access(method, ctx, familiarOnly);
    if (!reach) continue;
    const s = suggestion(rule, method, rule.outcome, reach);
    // The foundations (food, sleep) are not optional extras: they are suggested whatever the minutes.
    if (!method.foundation && s.minutes > free) continue;
    free -= s.minutes;
    add(rule.window, s);
  }
  for (const rule of rules) {
    if (!rule.choose || !rule.outcome) continue;
    const outcome = rule.outcome;
    const score = (m: PlanMethod) =>
      GRADE_POINTS[m.grades[outcome]] +
      (ctx.input.areas.some((a) => m.bodyAreas.includes(a)) ? 1 : 0) +
      (ctx.ownedTools.some((t) => t.methods.includes(m.slug)) ? 1 : 0);
    const candidates = ctx.data.methods
      .filter((m) => !m.foundation && m.situations.includes(rule.choose!.situation) && !chosen.has(m.slug) && !skipped.has(m.slug))
      .filter((m) => !rule.atLeast || meetsGrade(m.grades[outcome], rule.atLeast))
      // At equal evidence, a method whose page says how long it takes comes first (the plan can
      // then count its time honestly), and the shorter of those first.
      .sort(
        (a, b) =>
          score(b) - score(a) ||
          Number(a.minutes === undefined) - Number(b.minutes === undefined) ||
          (a.minutes ?? 0) - (b.minutes ?? 0) ||
          a.title.localeCompare(b.title, "en"),
      );
    for (const method of candidates) {
      const reach = access(method, ctx, familiarOnly);
      if (!reach) continue;
      const s = suggestion(rule, method, outcome, reach);
      if (s.minutes > free) continue;
      free -= s.minutes;
      add(rule.window, s);
      break; // one chosen method per rule: a plan names the best fit, not a list to work through
    }
  }
  const windows = PLAN_WINDOWS.flatMap((w) => (byWindow.get(w)?.length ? [{ window: w, label: PLAN_WINDOW_LABELS[w], suggestions: byWindow.get(w)! }] : []));
  const skips = [...skipped.values()].filter((s) => rules.some((r) => r.id === s.rule));
  return {
    kind: session.kind,
    label: SESSION_KIND_LABELS[session.kind],
    time: session.time,
    timeLabel: TIME_OF_DAY_LABELS[session.time],
    windows,
    skips,
    minutes: windows.reduce((sum, w) => sum + w.suggestions.reduce((n, s) => n + s.minutes, 0), 0),
    ...(session.fromRaceDate && { fromRaceDate: true }),
  };
}

/** What this plan's evidence does not promise, in one sentence built from its own suggestions. */
function caveatFor(days: DayPlan[], methods: ReadonlyMap<string, PlanMethod>): string {
  const suggested = new Map<string, PlanMethod>();
  for (const d of days) for (const s of d.sessions) for (const w of s.windows) for (const x of w.suggestions) suggested.set(x.method.slug, methods.get(x.method.slug)!);
  if (suggested.size === 0) return "With nothing to recover from on the plan, there is nothing to suggest; easy days and sleep do the work.";
  const faster = [...suggested.values()].filter((m) => meetsGrade(m.grades.performance, "moderate"));
  // A title's short form: "Refueling after runs: carbohydrate, protein and fluid" reads "refueling after runs" mid-sentence.
  const names = (ms: PlanMethod[]) => ms.map((m) => inSentence(m.title.split(":")[0])).join(" and ");
  const lead = faster.length
    ? `Of these suggestions, only ${names(faster)} ${faster.length === 1 ? "has" : "have"} at least moderate evidence of helping your next session`
    : "None of these suggestions has even moderate evidence of helping your next session";
  return `${lead}; the rest may ease soreness or how tired you feel, not how fast you run. No method here is graded on preventing injury, so the plan promises none.`;
}

/** Turns a runner's week into a plan, session by session, from the rules and the catalog in `data`. */
export function makePlan(input: PlanInput, data: PlanData): Plan {
  const start = parseDay(input.start)!;
  const races = raceDates(input, start);
  const week = weekSessions(input);
  const ctx: Context = {
    input,
    data,
    methods: new Map(data.methods.map((m) => [m.slug, m])),
    ownedTools: data.tools.filter((t) => input.owned.includes(t.slug)),
  };
  const days = DAYS.map((day, i): DayPlan => {
    const date = addDays(start, i);
    const race = raceNote(date, races);
    const next = i < 6 ? week[DAYS[i + 1]].map((s) => s.kind) : [];
    const dayRules = data.rules.filter((r) => r.familiarOnly && applies(r, undefined, next, race));
    const notes = dayRules.map((r): SkipNote => ({ rule: r.id, say: r.say, studies: r.studies }));
    const skipped = new Map<string, SkipNote>();
    const sessions = week[day].map((s) => planSession(ctx, s, next, race, skipped, dayRules.length > 0));
    return {
      day,
      label: DAY_LABELS[day],
      date: isoDay(date),
      sessions,
      race: race.label,
      notes,
      minutes: sessions.reduce((n, s) => n + s.minutes, 0),
    };
  });
  // The first of the hardest kind on the plan.
  let hardest: (Plan["hardest"] & { kind: SessionKind }) | undefined;
  for (const d of days) {
    d.sessions.forEach((s, index) => {
      if (HARD_SESSION_KINDS.includes(s.kind) && (!hardest || HARDNESS[s.kind] > HARDNESS[hardest.kind])) hardest = { day: d.day, index, kind: s.kind };
    });
  }
  return {
    input,
    days,
    minutes: days.reduce((n, d) => n + d.minutes, 0),
    caveat: caveatFor(days, ctx.methods),
    hardest: hardest && { day: hardest.day, index: hardest.index },
    noRules: data.rules.length === 0,
    blank: days.every((d) => d.sessions.length === 0 && d.notes.length === 0 && !d.race),
  };
}

/** A grade as a plan states it beside a suggestion: "Moderate evidence of benefit for soreness". */
export const gradePhrase = (grade: Grade, outcomeLabel: string) => `${GRADE_LABELS[grade]} for ${inSentence(outcomeLabel)}`;
