import { BODY_AREAS, PLAN_SETTINGS, SESSION_KINDS, TIMES_OF_DAY, type Market, type PlanSetting, type SessionKind, type TimeOfDay } from "../content/vocabulary";
import { closest } from "../content/suggest";
import { readList, readOne, shown, type Notice } from "../web/query";
import { BUDGETS, type Budget } from "./budgets";
import { marketParam, readMarket } from "./markets";

type BodyArea = (typeof BODY_AREAS)[number];

/** The days of the planner's week, Monday first, as the URL names them. */
export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Day = (typeof DAYS)[number];

/** The parameters the planner reads, in the order its form sends them; planSearch writes them so too (lib/web/cache-key.ts). */
export const PLAN_PARAMS = ["week", ...DAYS, "race", "minutes", "setting", "market", "budget", "own", "area"] as const;

export const DAY_LABELS: Record<Day, string> = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" };

/** More sessions than this on one day is not a training day; the rest are reported and left out. */
export const MAX_SESSIONS_A_DAY = 3;
export const MINUTES_CHOICES = [0, 10, 20, 30, 45, 60] as const;
const DEFAULT_MINUTES = 20;

export interface PlannedSession {
  kind: SessionKind;
  time: TimeOfDay;
}

/** A runner's week as the planner reads it: everything the form asks, all of it in the URL. */
export interface PlanInput {
  /** The Monday the week starts, YYYY-MM-DD. */
  start: string;
  days: Record<Day, PlannedSession[]>;
  /** Minutes free after each session for recovery. */
  minutes: number;
  setting: PlanSetting;
  market: Market;
  budget: Budget;
  /** Slugs of the tools the runner owns; checked against the catalog by the planner. */
  owned: string[];
  areas: BodyArea[];
  /** The race date, YYYY-MM-DD, if one is near. */
  race?: string;
}

export type PlanQuery = Record<string, string | string[] | undefined>;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD, as a UTC date, or undefined. */
export function parseDay(value: string | undefined): Date | undefined {
  if (!value || !DATE.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : date;
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/**
 * Whether a plan's URL names its week, a Monday: then its page is the same whenever it is asked
 * for (readPlanQuery reads `today` only for a week left out or misspelled), so it can be kept.
 */
export function namesItsWeek(query: URLSearchParams): boolean {
  const weeks = query.getAll("week");
  const date = parseDay(weeks[0]);
  return weeks.length === 1 && date !== undefined && isoDay(mondayOf(date)) === weeks[0];
}

/** The Monday of the week holding `date` (UTC). */
export function mondayOf(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

export const emptyWeek = (): Record<Day, PlannedSession[]> => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });

/** A session as the URL writes it: `intervals.evening`, or `long` for a morning session. */
export const sessionParam = (s: PlannedSession) => (s.time === "morning" ? s.kind : `${s.kind}.${s.time}`);

/**
 * Reads the planner's query string. Each day lists its sessions, `tue=intervals.evening&tue=strength`,
 * as the form's selects send them; anything unknown or absurd is reported and left out,
 * never fatal. `today` decides the default week (the one holding today), so the page for a URL
 * that names its week is the same whenever it is asked for.
 */
export function readPlanQuery(query: PlanQuery, today: Date, tools?: readonly string[]): { input: PlanInput; notices: Notice[] } {
  const notices: Notice[] = [];
  const note = (value: string, reason: string) => notices.push({ value: shown(value), reason });

  const weekValue = readOne(query.week);
  let start = mondayOf(today);
  if (weekValue) {
    const date = parseDay(weekValue);
    if (!date) note(weekValue, "is not a date written YYYY-MM-DD; the plan is for this week");
    else {
      start = mondayOf(date);
      if (isoDay(start) !== weekValue) note(weekValue, `is not a Monday; the plan is for the week starting Monday ${isoDay(start)}`);
    }
  }

  const days = emptyWeek();
  for (const day of DAYS) {
    for (const raw of asList(query[day])) {
      // A session is its kind and, after a dot, its time of day: "intervals.evening"; "long" alone is a morning run.
      const [kind, time = "morning", ...rest] = raw.trim().toLowerCase().split(".");
      if (kind === "" || kind === "rest") continue;
      if (!isOneOf(SESSION_KINDS, kind) || rest.length) {
        note(raw, `is not a session we know (choose from: ${SESSION_KINDS.join(", ")}, each optionally followed by .morning, .midday or .evening)`);
        continue;
      }
      if (!isOneOf(TIMES_OF_DAY, time)) {
        note(raw, `is not a time of day we know (choose from: ${TIMES_OF_DAY.join(", ")})`);
        continue;
      }
      if (days[day].length >= MAX_SESSIONS_A_DAY) {
        note(raw, `was left out: the planner takes up to ${MAX_SESSIONS_A_DAY} sessions a day`);
        continue;
      }
      days[day].push({ kind, time });
    }
    const order = (s: PlannedSession) => TIMES_OF_DAY.indexOf(s.time);
    days[day].sort((a, b) => order(a) - order(b));
  }

  let minutes = DEFAULT_MINUTES;
  const minutesValue = readOne(query.minutes);
  if (minutesValue !== undefined) {
    const n = Number(minutesValue);
    if (!/^\d{1,4}$/.test(minutesValue) || n > 240) note(minutesValue, `is not a number of minutes from 0 to 240; ${DEFAULT_MINUTES} is assumed`);
    else minutes = n;
  }

  const one = <T extends string>(name: string, list: readonly T[], fallback: T): T => {
    const value = readOne(query[name])?.toLowerCase();
    if (value === undefined || value === "") return fallback;
    if (isOneOf(list, value)) return value;
    note(value, `is not a ${name} we know (choose from: ${list.join(", ")})`);
    return fallback;
  };
  const setting = one("setting", PLAN_SETTINGS, "home");
  const budget = one("budget", BUDGETS, "any");
  const market = readMarket(query.market, notices);

  // With the catalog's tools at hand (the page and the browser have them), a tool it does not list
  // is reported, with the nearest name, rather than silently ignored.
  const owned: string[] = [];
  for (const raw of readList(query.own)) {
    const slug = raw.toLowerCase();
    if (tools && !tools.includes(slug)) {
      const hint = closest(slug, tools);
      note(raw, `is not a tool we cover${hint ? ` (did you mean "${hint}"?)` : ""}`);
    } else if (!owned.includes(slug)) owned.push(slug);
  }
  const areas: BodyArea[] = [];
  for (const raw of readList(query.area)) {
    const area = raw.toLowerCase();
    if (isOneOf(BODY_AREAS, area)) {
      if (!areas.includes(area)) areas.push(area);
    } else note(raw, `is not a body area we know (choose from: ${BODY_AREAS.join(", ")})`);
  }

  let race: string | undefined;
  const raceValue = readOne(query.race);
  if (raceValue) {
    const date = parseDay(raceValue);
    // A race up to four weeks before the week is one the runner is recovering from; earlier than
    // that, or more than a year ahead, it has nothing to say about this week.
    if (!date) note(raceValue, "is not a date written YYYY-MM-DD; no race date is used");
    else if (date < addDays(start, -28)) note(raceValue, "is more than four weeks before this week, so it does not change the plan");
    else if (date > addDays(start, 366)) note(raceValue, "is more than a year after this week, so it does not change the plan");
    else race = raceValue;
  }
  // A race on a day of this week that lists no race, and that the planner does not fill in itself:
  // the countdown still counts to it, but the plan can only work around a race it has as a
  // session, so the runner is told how to add it.
  const input: PlanInput = { start: isoDay(start), days, minutes, setting, market, budget, owned, areas, race };
  const raceDay = raceDayOf(input);
  if (race && raceDay && !days[raceDay].some((s) => s.kind === "race") && impliedRaceDay(input) !== raceDay) {
    note(race, `is ${DAY_LABELS[raceDay]}, which lists no race: choose Race for ${DAY_LABELS[raceDay]} so the plan works around it`);
  }

  return { input, notices };
}

/** The day of the plan's week that the race date falls on, if it falls in the week. */
export function raceDayOf(input: Pick<PlanInput, "start" | "race">): Day | undefined {
  const start = parseDay(input.start);
  return input.race && start ? DAYS.find((_, i) => isoDay(addDays(start, i)) === input.race) : undefined;
}

/**
 * The day the planner puts the race on by itself: the race date falls in this week, on a day the
 * runner left empty, and the week lists no race. A race listed on another day makes the date a
 * mismatch to report (readPlanQuery), not a second race to plan.
 */
export function impliedRaceDay(input: Pick<PlanInput, "start" | "race" | "days">): Day | undefined {
  const day = raceDayOf(input);
  if (!day || input.days[day].length > 0) return undefined;
  return DAYS.some((d) => input.days[d].some((s) => s.kind === "race")) ? undefined : day;
}

function asList(raw: string | string[] | undefined): string[] {
  // Capped so a hostile query cannot make the page loop over thousands of values.
  return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).slice(0, 30);
}

/** The query string of a plan: what the form sends, so a shared link fills the form. */
export function planSearch(input: PlanInput): string {
  const values: Record<(typeof PLAN_PARAMS)[number], readonly string[]> = {
    week: [input.start],
    ...(Object.fromEntries(DAYS.map((day) => [day, input.days[day].map(sessionParam)])) as Record<Day, string[]>),
    race: input.race ? [input.race] : [],
    minutes: [String(input.minutes)],
    setting: [input.setting],
    market: [marketParam(input.market)],
    budget: [input.budget],
    own: input.owned,
    area: input.areas,
  };
  const params = new URLSearchParams();
  for (const name of PLAN_PARAMS) for (const value of values[name]) params.append(name, value);
  return params.toString();
}
