import type { Route } from "next";
import { addDays, emptyWeek, isoDay, parseDay, planSearch, type Day, type PlannedSession, type PlanInput } from "./plan-input";

/** A week a runner can start from in one click; the form then holds it for editing. */
export interface PlanPreset {
  slug: string;
  label: string;
  description: string;
  days: Partial<Record<Day, PlannedSession[]>>;
  /** The race, in days from the Monday the week starts (negative: before the week). */
  raceOffset?: number;
  setting?: PlanInput["setting"];
  minutes?: number;
}

const s = (kind: PlannedSession["kind"], time: PlannedSession["time"] = "morning"): PlannedSession => ({ kind, time });

export const PLAN_PRESETS: readonly PlanPreset[] = [
  {
    slug: "marathon-build",
    label: "A marathon build week",
    description: "Intervals Tuesday, strength and an easy run Thursday, a long run Saturday, easy miles between.",
    days: { tue: [s("intervals", "evening")], wed: [s("easy")], thu: [s("strength", "morning"), s("easy", "evening")], fri: [s("easy")], sat: [s("long")], sun: [s("easy")] },
    minutes: 20,
  },
  {
    slug: "back-to-back",
    label: "Back-to-back hard days",
    description: "A long run Saturday and a hard session Sunday, with easy days around them.",
    days: { tue: [s("easy")], wed: [s("intervals", "evening")], thu: [s("easy")], sat: [s("long")], sun: [s("intervals")] },
    minutes: 30,
  },
  {
    slug: "race-week",
    label: "Race week",
    description: "Short, easy running and one sharpener before a race on Sunday.",
    days: { mon: [s("easy")], tue: [s("intervals", "evening")], thu: [s("easy")], fri: [s("easy")], sun: [s("race")] },
    raceOffset: 6,
    minutes: 20,
  },
  {
    slug: "travel",
    label: "A travel week",
    description: "On the road with what you carry: easy runs, one tempo and a long run in a hotel week.",
    days: { mon: [s("easy")], wed: [s("intervals")], fri: [s("easy")], sat: [s("long")] },
    setting: "travelling",
    minutes: 15,
  },
  {
    slug: "after-a-marathon",
    label: "The week after a marathon",
    description: "The race was last Sunday: rest for the first four days, then two short easy runs once the soreness has gone.",
    // The return-to-running guide's advice: the first week favours rest, and the first easy run comes around day 4 to 7.
    days: { fri: [s("easy")], sun: [s("easy")] },
    raceOffset: -1,
    minutes: 20,
  },
];

/** A preset as a full plan input for the week starting `start`, keeping the runner's market, budget, tools and areas. */
export function presetInput(preset: PlanPreset, base: PlanInput): PlanInput {
  const start = parseDay(base.start)!;
  return {
    ...base,
    days: { ...emptyWeek(), ...preset.days },
    setting: preset.setting ?? "home",
    minutes: preset.minutes ?? base.minutes,
    race: preset.raceOffset === undefined ? undefined : isoDay(addDays(start, preset.raceOffset)),
  };
}

export const planHref = (input: PlanInput) => `/plan?${planSearch(input)}` as Route;
