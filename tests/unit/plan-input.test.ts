import { describe, expect, it } from "vitest";
import { mondayOf, planSearch, readPlanQuery, type PlanQuery } from "@/lib/catalog/plan-input";
import { queryRecord } from "@/lib/web/query";
import { canonicalQuery } from "@/lib/web/cache-key";

const TODAY = new Date("2026-12-02T09:00:00Z"); // a Wednesday
const read = (query: PlanQuery) => readPlanQuery(query, TODAY);
const asQuery = (search: string): PlanQuery => {
  const query: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) (query[k] ??= []).push(v);
  return query;
};

describe("readPlanQuery", () => {
  it("defaults to the week holding today, 20 free minutes, at home, in the US, any budget", () => {
    expect(read({})).toEqual({
      input: {
        start: "2026-11-30",
        days: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
        minutes: 20,
        setting: "home",
        market: "US",
        budget: "any",
        owned: [],
        areas: [],
        race: undefined,
      },
      notices: [],
    });
  });

  it("reads each day's sessions with their times, as the form sends them, and sorts them through the day", () => {
    const { input, notices } = read(asQuery("tue=easy.evening&tue=&tue=strength.morning&sat=long"));
    expect(input.days.tue).toEqual([
      { kind: "strength", time: "morning" },
      { kind: "easy", time: "evening" },
    ]);
    expect(input.days.sat).toEqual([{ kind: "long", time: "morning" }]);
    expect(notices).toEqual([]);
  });

  it("writes a week back to the same query, so a shared link gives the same plan", () => {
    // In the form's order, the URL the page is cached under (lib/web/cache-key.ts).
    const search = "week=2026-12-07&tue=intervals.evening&thu=strength&thu=easy.evening&race=2026-12-13&minutes=30&setting=gym&market=uk&budget=under-300&own=foam-roller&area=calves";
    const { input } = read(asQuery(search));
    expect(planSearch(input)).toBe(search);
    expect(read(asQuery(planSearch(input))).input).toEqual(input);
    expect(canonicalQuery("/plan", new URLSearchParams(search))).toBe(search);
  });

  it("reports odd input and leaves it out, never failing", () => {
    const sessions = Array.from({ length: 30 }, () => "long");
    const { input, notices } = read({
      week: "banana",
      mon: ["nap", "long.dawn", ...sessions],
      minutes: "9999",
      setting: "moon",
      budget: "lots",
      market: "mars",
      area: ["elbows", "calves"],
      race: "2026-02-30",
    });
    expect(input.start).toBe("2026-11-30");
    expect(input.days.mon).toHaveLength(3);
    expect(input).toMatchObject({ minutes: 20, setting: "home", budget: "any", market: "US", areas: ["calves"], race: undefined });
    const reasons = notices.map((n) => `${n.value} ${n.reason}`);
    expect(reasons).toContain("banana is not a date written YYYY-MM-DD; the plan is for this week");
    expect(reasons).toContain("nap is not a session we know (choose from: easy, long, intervals, race, strength, cross, each optionally followed by .morning, .midday or .evening)");
    expect(reasons).toContain("long.dawn is not a time of day we know (choose from: morning, midday, evening)");
    // 32 values: the first 30 are read (the two odd ones and 28 long runs), 3 are kept
    expect(reasons.filter((r) => r.startsWith("long was left out"))).toHaveLength(25);
    expect(reasons).toContain("9999 is not a number of minutes from 0 to 240; 20 is assumed");
    expect(reasons).toContain("elbows is not a body area we know (choose from: calves, shins, quads, hamstrings, it-band, hips-and-glutes, knees, feet-and-arches, back, upper-body, whole-body)");
    expect(reasons).toContain("2026-02-30 is not a date written YYYY-MM-DD; no race date is used");
    expect(reasons.some((r) => r.startsWith("mars is not a market"))).toBe(true);
  });

  it("caps what a hostile query can ask for: values are cut short when shown, and no more than 30 per day are read", () => {
    const { notices } = read({ tue: "x".repeat(5000), wed: Array.from({ length: 5000 }, () => "zzz") });
    expect(notices[0].value).toHaveLength(61);
    expect(notices.filter((n) => n.value === "zzz")).toHaveLength(30);
  });

  it("keeps the tools the catalog lists, once each, and names the nearest for one it does not", () => {
    const { input, notices } = readPlanQuery({ own: ["foam-roller", "FOAM-ROLLER", "foam-rolle", "jetpack"] }, TODAY, ["foam-roller", "travel-boots"]);
    expect(input.owned).toEqual(["foam-roller"]);
    expect(notices).toEqual([
      { value: "foam-rolle", reason: 'is not a tool we cover (did you mean "foam-roller"?)' },
      { value: "jetpack", reason: "is not a tool we cover" },
    ]);
  });

  it("moves a date that is not a Monday to its week's Monday, and says so", () => {
    const { input, notices } = read({ week: "2026-12-10" });
    expect(input.start).toBe("2026-12-07");
    expect(notices).toEqual([{ value: "2026-12-10", reason: "is not a Monday; the plan is for the week starting Monday 2026-12-07" }]);
  });

  it("uses a race up to four weeks before the week (one to recover from) and up to a year after; other dates are reported", () => {
    expect(read({ week: "2026-12-07", race: "2026-11-15" }).input.race).toBe("2026-11-15");
    const past = read({ week: "2026-12-07", race: "2026-10-01" });
    expect(past.input.race).toBeUndefined();
    expect(past.notices[0].reason).toBe("is more than four weeks before this week, so it does not change the plan");
    expect(read({ week: "2026-12-07", race: "2028-01-01" }).notices[0].reason).toBe("is more than a year after this week, so it does not change the plan");
  });

  it("says how to plan around a race that falls in the week on a day that lists other sessions but no race, and keeps its date", () => {
    const missing = read({ week: "2026-12-07", sun: "easy", race: "2026-12-13" });
    expect(missing.input.race).toBe("2026-12-13");
    expect(missing.notices).toEqual([{ value: "2026-12-13", reason: "is Sunday, which lists no race: choose Race for Sunday so the plan works around it" }]);
    expect(read({ week: "2026-12-07", sun: ["easy", "race.midday"], race: "2026-12-13" }).notices).toEqual([]);
    // an empty race day is no mistake: the planner puts the race there
    expect(read({ week: "2026-12-07", race: "2026-12-13" }).notices).toEqual([]);
    // unless the week lists its race on another day: then the date is reported, and nothing is added
    expect(read({ week: "2026-12-07", sat: "race", race: "2026-12-13" }).notices).toEqual([
      { value: "2026-12-13", reason: "is Sunday, which lists no race: choose Race for Sunday so the plan works around it" },
    ]);
    // a race in another week has no day here to check
    expect(read({ week: "2026-12-07", race: "2026-12-20" }).notices).toEqual([]);
    expect(read({ week: "2026-12-07", race: "2026-12-06" }).notices).toEqual([]);
  });

  it("finds a week's Monday from any day, Sunday included", () => {
    expect(mondayOf(new Date("2026-12-06T23:00:00Z")).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(mondayOf(new Date("2026-12-07T00:00:00Z")).toISOString().slice(0, 10)).toBe("2026-12-07");
  });
});

describe("queryRecord, as the planner reads it", () => {
  it("reads the query as the page receives it: a repeated key as an array", () => {
    const query = queryRecord(new URLSearchParams("week=2026-12-07&tue=strength&tue=intervals.evening&__proto__=x"));
    expect(query.week).toBe("2026-12-07");
    expect(query.tue).toEqual(["strength", "intervals.evening"]);
    expect(query["__proto__"]).toBe("x");
  });

  it("reads a form's fields the same way, so the browser plans from exactly what the URL would say", () => {
    const form = new FormData();
    for (const [k, v] of [["tue", "strength"], ["tue", ""], ["tue", "intervals.evening"], ["sat", "long"]]) form.append(k, v);
    expect({ ...queryRecord(form) }).toEqual({ tue: ["strength", "", "intervals.evening"], sat: "long" });
    expect(read(queryRecord(form)).input.days.tue).toEqual([
      { kind: "strength", time: "morning" },
      { kind: "intervals", time: "evening" },
    ]);
  });
});
