import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/plan/calendar.ics/route";
import { planCalendar, planEvents } from "@/lib/catalog/plan-calendar";
import { planData } from "@/lib/catalog/plan-data";
import { readPlanQuery, type PlanQuery } from "@/lib/catalog/plan-input";
import { makePlan, type Plan, type Suggestion } from "@/lib/catalog/planner";
import { siteCatalog } from "../fixtures/catalogs";

// The planner's calendar on the fixture site (tests/fixtures/site/planner.md), read back with
// ical.js: every assertion is on the parsed calendar, not on the text `ics` wrote.

const ORIGIN = "https://recovery.example";
const TODAY = new Date("2026-11-30T12:00:00Z");

const planFor = (query: PlanQuery) => makePlan(readPlanQuery(query, TODAY).input, planData(siteCatalog()));

/** Intervals Tuesday evening, strength Thursday morning, long run Saturday morning. */
const WEEK: PlanQuery = { week: "2026-12-07", tue: "intervals.evening", thu: "strength.morning", sat: "long.morning" };

interface ParsedEvent {
  uid: string;
  title: string;
  /** Wall-clock start, YYYY-MM-DDTHH:MM:SS. */
  start: string;
  minutes: number;
  floating: boolean;
  url: string;
  description: string;
}

function parse(text: string): { name: string; product: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      title: event.summary,
      start: event.startDate.toString(),
      minutes: event.endDate.subtractDate(event.startDate).toSeconds() / 60,
      floating: event.startDate.zone === ICAL.Timezone.localTimezone && event.endDate.zone === ICAL.Timezone.localTimezone,
      url: String(vevent.getFirstPropertyValue("url")),
      description: event.description,
    };
  });
  return { name: String(calendar.getFirstPropertyValue("x-wr-calname")), product: String(calendar.getFirstPropertyValue("prodid")), events };
}

function calendarText(plan: Plan, origin = ORIGIN): string {
  const calendar = planCalendar(plan, origin);
  if (!calendar.ok) throw new Error(calendar.error);
  return calendar.text;
}

describe("planCalendar", () => {
  it("puts each suggestion of the week at the clock times the plan page states", () => {
    const { name, product, events } = parse(calendarText(planFor(WEEK)));
    expect(name).toBe("Recovery week from 2026-12-07");
    expect(product).toBe("Recovery Guide");
    const nutrition = `${ORIGIN}/modalities/nutrition#why-performance`;
    const cold = `${ORIGIN}/modalities/cold-water-immersion#why-soreness`;
    const sleep = `${ORIGIN}/modalities/sleep#why-fatigue`;
    expect(events.map(({ start, minutes, title, url }) => ({ start, minutes, title, url }))).toEqual([
      // Tuesday, intervals 18:00-19:00: refuel straight after; the evening from 20:00, sleep last.
      { start: "2026-12-08T19:00:00", minutes: 10, title: "Nutrition after your intervals or tempo", url: nutrition },
      { start: "2026-12-08T20:00:00", minutes: 10, title: "Cold water immersion after your intervals or tempo", url: cold },
      { start: "2026-12-08T20:10:00", minutes: 15, title: "Sleep after your intervals or tempo", url: sleep },
      // Thursday, strength 07:00-08:00: no cold water after strength work.
      { start: "2026-12-10T08:00:00", minutes: 10, title: "Nutrition after your strength session", url: nutrition },
      { start: "2026-12-10T20:00:00", minutes: 15, title: "Sleep after your strength session", url: sleep },
      // Saturday, long run 07:00-08:00.
      { start: "2026-12-12T08:00:00", minutes: 10, title: "Nutrition after your long run", url: nutrition },
      { start: "2026-12-12T20:00:00", minutes: 10, title: "Cold water immersion after your long run", url: cold },
      { start: "2026-12-12T20:10:00", minutes: 15, title: "Sleep after your long run", url: sleep },
    ]);
    expect(events.every((e) => e.floating)).toBe(true);
  });

  it("describes each event by its rule, its grade in a sentence and the address of the grade's reasons", () => {
    const { events } = parse(calendarText(planFor(WEEK)));
    const cold = events.find((e) => e.title === "Cold water immersion after your long run")!;
    expect(cold.description).toBe(
      "If your legs are sore, this eases soreness best of what fits your week.\n\n" +
        "Limited evidence of benefit for muscle soreness (DOMS).\n" +
        `${ORIGIN}/modalities/cold-water-immersion#why-soreness`,
    );
    const sleep = events.find((e) => e.title === "Sleep after your strength session")!;
    expect(sleep.description).toBe(
      `Go to bed on time; sleep is when the work is absorbed.\n\nNot enough evidence for perceived fatigue and recovery.\n${ORIGIN}/modalities/sleep#why-fatigue`,
    );
  });

  it("makes a suggestion of no minutes (sleep) a 15-minute reminder", () => {
    const plan = planFor(WEEK);
    const sleeps = plan.days.flatMap((d) => d.sessions.flatMap((s) => s.windows.flatMap((w) => w.suggestions))).filter((s) => s.method.slug === "sleep");
    expect(sleeps.length).toBe(3);
    expect(sleeps.every((s) => s.minutes === 0)).toBe(true);
    const events = parse(calendarText(plan)).events.filter((e) => e.title.startsWith("Sleep"));
    expect(events.map((e) => e.minutes)).toEqual([15, 15, 15]);
  });

  it("gives stable, distinct ids, also for two sessions on one day", () => {
    const query = { ...WEEK, tue: ["strength.morning", "intervals.evening"] };
    const first = parse(calendarText(planFor(query))).events.map((e) => e.uid);
    const again = parse(calendarText(planFor(query))).events.map((e) => e.uid);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first).toContain("2026-12-08-0-refuel-nutrition@recovery-guide");
    expect(first).toContain("2026-12-08-1-refuel-nutrition@recovery-guide");
  });

  it("times the next-morning and next-day windows from the next day, across the end of the week and the year, one suggestion after another", () => {
    // The fixture's rules use the first two windows only, so the last two are tried by moving a
    // real plan's suggestions into them: a long run on the Sunday evening of the year's last week.
    const plan = planFor({ week: "2026-12-28", sun: "long.evening", tue: "intervals.midday" });
    const sunday = plan.days[6].sessions[0];
    const all = sunday.windows.flatMap((w) => w.suggestions);
    const byRule = (rule: string): Suggestion => all.find((s) => s.rule === rule)!;
    sunday.windows = [
      { window: "next-morning", label: "The next morning", suggestions: [byRule("sleep")] },
      { window: "next-day", label: "The next day", suggestions: [{ ...byRule("refuel"), minutes: 90 }, byRule("ease-soreness")] },
    ];
    const events = parse(calendarText(plan)).events.map(({ start, minutes, title }) => ({ start, minutes, title }));
    expect(events).toEqual([
      // Tuesday, intervals 12:00-13:00: straight after, then the evening at 20:00.
      { start: "2026-12-29T13:00:00", minutes: 10, title: "Nutrition after your intervals or tempo" },
      { start: "2026-12-29T20:00:00", minutes: 10, title: "Cold water immersion after your intervals or tempo" },
      { start: "2026-12-29T20:10:00", minutes: 15, title: "Sleep after your intervals or tempo" },
      { start: "2027-01-04T07:30:00", minutes: 15, title: "Sleep after your long run" },
      { start: "2027-01-04T12:30:00", minutes: 90, title: "Nutrition after your long run" },
      { start: "2027-01-04T14:00:00", minutes: 10, title: "Cold water immersion after your long run" },
    ]);
  });

  it("writes the same wall-clock times whatever the server's time zone", () => {
    const plan = planFor(WEEK);
    const times = () => parse(calendarText(plan)).events.map((e) => [e.start, e.minutes, e.floating]);
    const here = times();
    const zone = process.env.TZ;
    try {
      for (const tz of ["Pacific/Auckland", "America/Los_Angeles", "Asia/Kathmandu"]) {
        process.env.TZ = tz;
        expect(times(), tz).toEqual(here);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("puts the recovery from a race the planner filled in from the race date into the calendar, on the race's day", () => {
    const events = parse(calendarText(planFor({ week: "2026-12-07", race: "2026-12-13" }))).events;
    expect(events.length).toBeGreaterThan(0);
    expect(events[0].start.slice(0, 10)).toBe("2026-12-13");
  });

  it("gives a valid calendar with no events for a week with nothing to recover from", () => {
    for (const query of [{ week: "2026-12-07" }, { week: "2026-12-07", mon: "rest", wed: "easy", minutes: "0" }]) {
      const plan = planFor(query);
      expect(planEvents(plan, ORIGIN)).toEqual([]);
      const { name, events } = parse(calendarText(plan));
      expect(name).toBe("Recovery week from 2026-12-07");
      expect(events).toEqual([]);
    }
  });

  it("says what is wrong when the library refuses an event", () => {
    // The library's address check does not take an IPv6 host.
    const calendar = planCalendar(planFor(WEEK), "http://[::1]:3000");
    expect(calendar).toEqual({ ok: false, error: expect.stringContaining("url is not in a form calendars accept") });
  });
});

describe("GET /plan/calendar.ics", () => {
  const get = (query: string) => GET(new Request(`http://localhost:3000/plan/calendar.ics?${query}`));
  const search = (query: PlanQuery) => new URLSearchParams(Object.entries(query).flatMap(([k, v]) => [v ?? []].flat().map((x) => [k, x]))).toString();

  it("answers the week as a calendar file to download, with the request's origin in its links", async () => {
    const response = await get(search(WEEK));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="recovery-week-2026-12-07.ics"');
    const { events } = parse(await response.text());
    expect(events).toHaveLength(8);
    expect(events[0].url).toBe("http://localhost:3000/modalities/nutrition#why-performance");
  });

  it("answers odd queries with a calendar, never a 500", async () => {
    const long = "x".repeat(5000);
    const cases: [string, string][] = [
      ["unknown session", "week=2026-12-07&tue=marathon.evening&sat=long"],
      ["40 sessions a day", `week=2026-12-07&${Array.from({ length: 40 }, () => "tue=intervals.evening").join("&")}`],
      ["week=banana", "week=banana&sat=long.morning"],
      ["a 5,000-character value", `week=${long}&tue=${long}&tue=intervals.${long}&own=${long}&area=${long}&race=${long}&minutes=${long}`],
      ["an unknown time and tool", "week=2026-12-07&thu=strength.midnight&own=nothing&market=zz&budget=lots"],
      ["nothing at all", ""],
    ];
    for (const [what, query] of cases) {
      const response = await get(query);
      expect(response.status, what).toBe(200);
      expect(response.headers.get("content-type"), what).toBe("text/calendar; charset=utf-8");
      const { events } = parse(await response.text());
      expect(Array.isArray(events), what).toBe(true);
    }
    // The day with 40 sessions keeps the planner's three.
    const many = parse(await (await get(cases[1][1])).text()).events;
    expect(new Set(many.map((e) => e.uid.split("-").slice(3, 4)[0]))).toEqual(new Set(["0", "1", "2"]));
  });

  it("answers 400 in plain text, saying why, when the calendar cannot be made", async () => {
    const response = await GET(new Request(`http://[::1]:3000/plan/calendar.ics?${search(WEEK)}`));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toMatch(/^The calendar could not be made: .*url is not in a form calendars accept/);
  });
});
