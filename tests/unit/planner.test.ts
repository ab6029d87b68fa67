import { describe, expect, it } from "vitest";
import { planData, type PlanData } from "@/lib/catalog/plan-data";
import { emptyWeek, readPlanQuery, type PlanInput } from "@/lib/catalog/plan-input";
import { makePlan, type Plan } from "@/lib/catalog/planner";
import { presetInput, PLAN_PRESETS } from "@/lib/catalog/plan-presets";
import { siteCatalog } from "../fixtures/catalogs";

// The fixture site's rules are tests/fixtures/site/planner.md; its grades are listed in
// tests/fixtures/site/README.md (cold water: soreness limited, fatigue moderate, strength gains
// harm; foam rolling: soreness moderate; compression: soreness moderate, no free way to do it).
const data = planData(siteCatalog());
const TODAY = new Date("2026-12-02T09:00:00Z");

const week = (input: Partial<Omit<PlanInput, "days">> & { days?: Partial<PlanInput["days"]> }): PlanInput => ({
  start: "2026-12-07",
  minutes: 20,
  setting: "home",
  market: "US",
  budget: "any",
  owned: [],
  areas: [],
  ...input,
  days: { ...emptyWeek(), ...input.days },
});

/** Each session's suggestions as "window: method (rule)", and its skips as "skip: method". */
const lines = (plan: Plan, day: keyof PlanInput["days"], index = 0) => {
  const session = plan.days.find((d) => d.day === day)!.sessions[index];
  return [
    ...session.windows.flatMap((w) => w.suggestions.map((s) => `${w.window}: ${s.method.slug} (${s.rule})`)),
    ...session.skips.map((s) => `skip: ${s.method?.slug}`),
  ];
};

const withGrade = (d: PlanData, slug: string, outcome: "soreness" | "strength-gains", grade: PlanData["methods"][number]["grades"]["soreness"]): PlanData => ({
  ...d,
  methods: d.methods.map((m) => (m.slug === slug ? { ...m, grades: { ...m.grades, [outcome]: grade } } : m)),
});

describe("the planner's rules, on the fixture site", () => {
  it("after a long run: refuel within 30 minutes, sleep that evening, and the best-graded method that fits for soreness", () => {
    const plan = makePlan(week({ days: { sat: [{ kind: "long", time: "morning" }] } }), data);
    expect(lines(plan, "sat")).toEqual([
      "within-30-min: nutrition (refuel)",
      "same-evening: sleep (sleep)",
      "same-evening: cold-water-immersion (ease-soreness)",
    ]);
    const refuel = plan.days[5].sessions[0].windows[0].suggestions[0];
    expect(refuel).toMatchObject({ grade: "strong", outcome: "performance", why: "/modalities/nutrition#why-performance", minutes: 10 });
    expect(refuel.studies.map((s) => s.href)).toEqual(["/studies/thomas-2016"]);
  });

  it("after a strength session: no cold water, with the reason and its grade, and none later that day either", () => {
    const plan = makePlan(week({ days: { thu: [{ kind: "strength", time: "morning" }, { kind: "intervals", time: "evening" }] } }), data);
    const [strength, intervals] = plan.days[3].sessions;
    expect(strength.skips).toMatchObject([{ rule: "no-cold-after-strength", method: { slug: "cold-water-immersion" }, grade: "harm", outcome: "strength-gains" }]);
    expect(lines(plan, "thu", 1)).not.toContain("same-evening: cold-water-immersion (ease-soreness)");
    expect(intervals.windows.flatMap((w) => w.suggestions.map((s) => s.method.slug))).toEqual(["nutrition", "sleep"]);
  });

  it("follows the evidence: when a grade changes, the plans that rest on it change with no rule edited", () => {
    const strength = week({ days: { thu: [{ kind: "strength", time: "morning" }] } });
    expect(makePlan(strength, data).days[3].sessions[0].skips).toHaveLength(1);
    // were regular cold water found not to blunt strength gains, the skip would go
    expect(makePlan(strength, withGrade(data, "cold-water-immersion", "strength-gains", "no-effect")).days[3].sessions[0].skips).toEqual([]);
    // rolling is suggested after an easy run while its soreness grade is moderate, the rule's floor
    const easy = week({ days: { wed: [{ kind: "easy", time: "evening" }] } });
    expect(lines(makePlan(easy, data), "wed")).toEqual(["same-evening: foam-rolling (roll-when-rushed)"]);
    expect(lines(makePlan(easy, withGrade(data, "foam-rolling", "soreness", "limited")), "wed")).toEqual([]);
  });

  it("takes new methods from the catalog: a method listing the situation with a better grade is chosen, with no code change", () => {
    const massage = { ...data.methods.find((m) => m.slug === "foam-rolling")!, slug: "massage", title: "Massage", situations: ["after-hard-session" as const], minutes: 5 };
    massage.grades = { ...massage.grades, soreness: "strong" };
    const plan = makePlan(week({ days: { sat: [{ kind: "long", time: "morning" }] } }), { ...data, methods: [...data.methods, massage] });
    expect(lines(plan, "sat")).toContain("same-evening: massage (ease-soreness)");
  });

  it("fits the optional methods into the minutes free; food and sleep are suggested whatever the time", () => {
    const long = (minutes: number) => lines(makePlan(week({ minutes, days: { sat: [{ kind: "long", time: "morning" }] } }), data), "sat");
    expect(long(0)).toEqual(["within-30-min: nutrition (refuel)", "same-evening: sleep (sleep)"]);
    // refuelling takes 10 of 15 minutes, so the 10-minute bath no longer fits
    expect(long(15)).toEqual(["within-30-min: nutrition (refuel)", "same-evening: sleep (sleep)"]);
    expect(long(20)).toContain("same-evening: cold-water-immersion (ease-soreness)");
  });

  it("suggests only what can be done where the runner will be, and on the road only what is free or carried", () => {
    const clinic = makePlan(week({ setting: "clinic", days: { sat: [{ kind: "long", time: "morning" }] } }), data);
    expect(lines(clinic, "sat")).toContain("same-evening: cryotherapy-chamber (ease-soreness)");
    const travelling = week({ setting: "travelling", days: { wed: [{ kind: "easy", time: "evening" }] } });
    // rolling is free (a ball or a bottle), so it stays; compression would need boots the runner does not carry
    expect(lines(makePlan(travelling, data), "wed")).toEqual(["same-evening: foam-rolling (roll-when-rushed)"]);
  });

  it("names the tools the runner owns, and otherwise the buying guide's pick within budget in the reader's market", () => {
    const afterRace = (input: Partial<Omit<PlanInput, "days">>) =>
      makePlan(week({ race: "2026-12-06", minutes: 30, days: { mon: [{ kind: "easy", time: "evening" }] }, ...input }), data).days[0].sessions[0].windows.flatMap((w) => w.suggestions);
    const owned = afterRace({ owned: ["travel-boots"] }).find((s) => s.rule === "boots-after-race")!;
    expect(owned.owned.map((t) => t.slug)).toEqual(["travel-boots"]);
    expect(owned.buy).toBeUndefined();
    const buying = afterRace({ budget: "any" }).find((s) => s.rule === "boots-after-race")!;
    expect(buying.buy).toMatchObject({ slug: "air-relief-boots", role: "The pick for most runners", price: "$799", guide: "/tools/category/compression-boots" });
    // in the UK under £300 neither pair is in budget, and compression has no free way: no boots
    expect(afterRace({ market: "UK", budget: "under-300" }).some((s) => s.rule === "boots-after-race")).toBe(false);
  });

  it("picks for back-to-back days only when the next day is hard too", () => {
    // rolling, given the back-to-back situation and a moderate grade for fatigue, is the one fit
    const rolling = data.methods.find((m) => m.slug === "foam-rolling")!;
    const d = { ...data, methods: data.methods.map((m) => (m === rolling ? { ...m, situations: ["back-to-back" as const], grades: { ...m.grades, fatigue: "moderate" as const } } : m)) };
    const saturday = (next: PlanInput["days"]["sun"]) => lines(makePlan(week({ minutes: 45, days: { sat: [{ kind: "long", time: "morning" }], sun: next } }), d), "sat");
    expect(saturday([{ kind: "intervals", time: "morning" }])).toContain("same-evening: foam-rolling (legs-for-tomorrow)");
    expect(saturday([{ kind: "easy", time: "morning" }]).some((l) => l.includes("legs-for-tomorrow"))).toBe(false);
  });

  it("leaves out a next-day suggestion when the next day holds a session the rule names as doing its job", () => {
    const base = data.rules.find((r) => r.id === "roll-when-rushed")!;
    const d = { ...data, rules: [...data.rules, { ...base, id: "roll-next-day", after: ["long" as const], window: "next-day" as const, notNextDay: ["intervals" as const] }] };
    const saturday = (next: PlanInput["days"]["sun"]) => lines(makePlan(week({ minutes: 45, days: { sat: [{ kind: "long", time: "morning" }], sun: next } }), d), "sat");
    expect(saturday([])).toContain("next-day: foam-rolling (roll-next-day)");
    expect(saturday([{ kind: "easy", time: "morning" }])).toContain("next-day: foam-rolling (roll-next-day)");
    expect(saturday([{ kind: "intervals", time: "morning" }]).some((l) => l.includes("roll-next-day"))).toBe(false);
  });

  it("in race week suggests nothing new: only food, sleep and what the runner's own tools do", () => {
    const raceWeek = (owned: string[]) => makePlan(week({ race: "2026-12-13", owned, days: { wed: [{ kind: "easy", time: "evening" }], sat: [{ kind: "long", time: "morning" }] } }), data);
    const plan = raceWeek([]);
    expect(plan.days[2].notes.map((n) => n.rule)).toEqual(["nothing-new-race-week"]);
    expect(plan.days[2].race).toBe("4 days to your race");
    expect(lines(plan, "wed")).toEqual([]);
    expect(lines(plan, "sat")).toEqual(["within-30-min: nutrition (refuel)", "same-evening: sleep (sleep)"]);
    expect(lines(raceWeek(["foam-roller"]), "wed")).toEqual(["same-evening: foam-rolling (roll-when-rushed)"]);
    expect(plan.days[6]).toMatchObject({ race: "Race day", notes: [] });
  });

  it("plans the race on a race date the week leaves empty, and the day before knows a race follows", () => {
    const plan = makePlan(week({ race: "2026-12-13", days: { sat: [{ kind: "easy", time: "morning" }] } }), data);
    expect(plan.days[6].sessions).toMatchObject([{ kind: "race", time: "morning", fromRaceDate: true }]);
    expect(lines(plan, "sun")).toContain("within-30-min: nutrition (refuel)");
    expect(plan.hardest).toEqual({ day: "sun", index: 0 });
    // The day before: a rule for the eve of a race fires on the race the date put there.
    const sleep = data.rules.find((r) => r.id === "sleep")!;
    const d = { ...data, rules: [...data.rules, { ...sleep, id: "sleep-before-race", after: ["easy" as const], nextDay: ["race" as const] }] };
    const saturday = (race?: string) => lines(makePlan(week({ race, days: { sat: [{ kind: "easy", time: "morning" }] } }), d), "sat");
    expect(saturday("2026-12-13")).toEqual(["same-evening: sleep (sleep-before-race)"]);
    expect(saturday().some((l) => l.includes("sleep-before-race"))).toBe(false);
    // A day the runner filled is theirs: the race date labels it and adds nothing.
    const filled = makePlan(week({ race: "2026-12-13", days: { sun: [{ kind: "easy", time: "morning" }] } }), data);
    expect(filled.days[6].sessions.map((s) => [s.kind, s.fromRaceDate])).toEqual([["easy", undefined]]);
    expect(filled.days[6].race).toBe("Race day");
    // A race date outside the week puts no session on it.
    expect(makePlan(week({ race: "2026-12-20" }), data).days.every((d) => d.sessions.length === 0)).toBe(true);
    // Nor does one in a week that lists its race on another day: that is a mismatch to report, not a second race.
    const elsewhere = makePlan(week({ race: "2026-12-13", days: { sat: [{ kind: "race", time: "morning" }] } }), data);
    expect(elsewhere.days.flatMap((d) => d.sessions.map((s) => s.kind))).toEqual(["race"]);
  });

  it("counts each day's minutes and the week's, and says what the evidence does not promise", () => {
    const plan = makePlan(week({ days: { tue: [{ kind: "intervals", time: "evening" }], wed: [{ kind: "easy", time: "evening" }] } }), data);
    expect(plan.days.map((d) => d.minutes)).toEqual([0, 20, 5, 0, 0, 0, 0]);
    expect(plan.minutes).toBe(25);
    expect(plan.caveat).toBe(
      "Of these suggestions, only nutrition has at least moderate evidence of helping your next session; the rest may ease soreness or how tired you feel, not how fast you run. No method here is graded on preventing injury, so the plan promises none.",
    );
    expect(plan.hardest).toEqual({ day: "tue", index: 0 });
  });

  it("says so when the site has no rules, rather than planning nothing silently", () => {
    expect(makePlan(week({ days: { sat: [{ kind: "long", time: "morning" }] } }), { ...data, rules: [] }).noRules).toBe(true);
    // blank: nothing on the week, not even a race near enough to put advice on a day
    expect(makePlan(week({}), data).blank).toBe(true);
    expect(makePlan(week({ days: { sat: [{ kind: "easy", time: "morning" }] } }), data).blank).toBe(false);
    expect(makePlan(week({ race: "2026-12-13" }), data).blank).toBe(false);
  });
});

describe("presets", () => {
  const base = readPlanQuery({ market: "uk", budget: "under-50", own: "foam-roller" }, TODAY).input;

  it.each(PLAN_PRESETS.map((p) => [p.slug, p] as const))("%s fills a week that plans, keeping the runner's market, budget and tools", (_, preset) => {
    const input = presetInput(preset, base);
    expect(input).toMatchObject({ start: "2026-11-30", market: "UK", budget: "under-50", owned: ["foam-roller"] });
    const plan = makePlan(input, data);
    const suggestions = plan.days.flatMap((d) => d.sessions.flatMap((s) => s.windows.flatMap((w) => w.suggestions)));
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.why).toMatch(/^\/modalities\/[a-z-]+#why-[a-z-]+$/);
  });

  it("race week puts the race on Sunday and nothing new before it; the week after a marathon counts the days since", () => {
    const race = makePlan(presetInput(PLAN_PRESETS.find((p) => p.slug === "race-week")!, base), data);
    expect(race.days.map((d) => d.race)).toEqual(["6 days to your race", "5 days to your race", "4 days to your race", "3 days to your race", "2 days to your race", "1 day to your race", "Race day"]);
    expect(race.days.slice(0, 6).every((d) => d.notes.some((n) => n.rule === "nothing-new-race-week"))).toBe(true);
    const after = makePlan(presetInput(PLAN_PRESETS.find((p) => p.slug === "after-a-marathon")!, base), data);
    expect(after.days[0].race).toBe("1 day after your race");
    expect(after.input.race).toBe("2026-11-29");
    // rest until the soreness has had its usual four days to clear, as the return-to-running guide advises
    expect(after.days.map((d) => d.sessions.map((x) => x.kind))).toEqual([[], [], [], [], ["easy"], [], ["easy"]]);
    expect(after.days[4].race).toBe("5 days after your race");
  });
});
