import type { PlanWindow, TimeOfDay } from "../content/vocabulary";

// The clock a plan is placed on: the calendar export writes its events at these times, the
// timeline draws its bands from them, and the plan page states them. It lives apart from the
// iCalendar writer, which the browser never loads.

/** When a session of each time of day starts, in minutes after midnight. */
export const SESSION_STARTS: Record<TimeOfDay, number> = { morning: 7 * 60, midday: 12 * 60, evening: 18 * 60 };
/** How long a session is taken to last, in minutes. */
export const SESSION_MINUTES = 60;
/** How long a calendar slot is for a suggestion that takes no time of its own (such as sleep). */
export const REMINDER_MINUTES = 15;

const DAY = 24 * 60;

/** When a session of this time of day ends, in minutes after midnight. */
export const sessionEnd = (time: TimeOfDay) => SESSION_STARTS[time] + SESSION_MINUTES;

/**
 * When a window's first suggestion starts, in minutes after midnight of the session's day, given
 * when the session ends: within 30 minutes, at the end; the same evening, at 20:00 or half an hour
 * after the session when that is later; the next morning at 07:30; the next day at 12:30.
 */
export function windowStart(window: PlanWindow, end: number): number {
  switch (window) {
    case "within-30-min":
      return end;
    case "same-evening":
      return Math.max(20 * 60, end + 30);
    case "next-morning":
      return DAY + 7 * 60 + 30;
    case "next-day":
      return DAY + 12 * 60 + 30;
  }
}


const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The calendar's assumptions in words, for the page that offers it. */
export const CALENDAR_CLOCK = `Calendar times assume a morning session starts at ${hhmm(SESSION_STARTS.morning)}, a midday one at ${hhmm(SESSION_STARTS.midday)} and an evening one at ${hhmm(SESSION_STARTS.evening)}, each lasting ${SESSION_MINUTES} minutes; move the slots to fit your day.`;
