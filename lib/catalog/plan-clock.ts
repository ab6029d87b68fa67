import type { TimeOfDay } from "../content/vocabulary";

// The clock the calendar export assumes; the plan page states it, so it lives apart from the
// iCalendar writer (which the browser never loads).

/** When a session of each time of day starts, in minutes after midnight. */
export const SESSION_STARTS: Record<TimeOfDay, number> = { morning: 7 * 60, midday: 12 * 60, evening: 18 * 60 };
/** How long a session is taken to last, in minutes. */
export const SESSION_MINUTES = 60;
/** How long a calendar slot is for a suggestion that takes no time of its own (such as sleep). */
export const REMINDER_MINUTES = 15;


const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The calendar's assumptions in words, for the page that offers it. */
export const CALENDAR_CLOCK = `Calendar times assume a morning session starts at ${hhmm(SESSION_STARTS.morning)}, a midday one at ${hhmm(SESSION_STARTS.midday)} and an evening one at ${hhmm(SESSION_STARTS.evening)}, each lasting ${SESSION_MINUTES} minutes; move the slots to fit your day.`;
