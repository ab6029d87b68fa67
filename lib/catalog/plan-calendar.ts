import { createEvents, type DateArray, type EventAttributes } from "ics";
import { OUTCOME_LABELS, SESSION_KIND_LABELS, inSentence } from "../content/vocabulary";
import { gradePhrase, type Plan, type Suggestion } from "./planner";
import { REMINDER_MINUTES, sessionEnd, windowStart } from "./plan-clock";

// The planner's week as an iCalendar file (/plan/calendar.ics), written with the `ics` library.

/** A time `minutes` after midnight (UTC) of `date` (YYYY-MM-DD), as the wall-clock date array `ics` takes. */
function clock(date: string, minutes: number): DateArray {
  const t = new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
}

/** The "why this grade" address of a suggestion, absolute. */
export const whyUrl = (s: Suggestion, siteOrigin: string) => new URL(s.why, siteOrigin).toString();

/**
 * One calendar event for every suggestion of every session of the plan, at these clock times
 * (the plan page states them too):
 * - a session starts at 07:00 (morning), 12:00 (midday) or 18:00 (evening) and is taken to last an hour;
 * - "within 30 minutes" starts when the session ends; "the same evening" at 20:00, or 30 minutes
 *   after the session ends when that is later; "the next morning" at 07:30 the next day; "the next
 *   day" at 12:30 the next day;
 * - each event lasts the suggestion's minutes; one that takes no time of its own (sleep) is a
 *   15-minute reminder;
 * - several suggestions in one window follow one another, in the plan's order, except that the
 *   15-minute reminders come after the suggestions that take time (sleep comes last in the evening).
 * Times are floating, with no time zone: they are the runner's own clock, wherever the calendar is
 * opened. Each session's windows are timed from that session alone: two sessions on one day can
 * give events that overlap, as the plan lists both sessions' suggestions.
 */
export function planEvents(plan: Plan, siteOrigin: string): EventAttributes[] {
  const events: EventAttributes[] = [];
  for (const day of plan.days) {
    day.sessions.forEach((session, sessionIndex) => {
      const end = sessionEnd(session.time);
      const sessionLabel = inSentence(SESSION_KIND_LABELS[session.kind]);
      for (const window of session.windows) {
        let at = windowStart(window.window, end);
        const timed = window.suggestions.filter((s) => s.minutes > 0);
        const reminders = window.suggestions.filter((s) => s.minutes <= 0);
        for (const s of [...timed, ...reminders]) {
          const minutes = s.minutes > 0 ? s.minutes : REMINDER_MINUTES;
          const url = whyUrl(s, siteOrigin);
          events.push({
            uid: `${day.date}-${sessionIndex}-${s.rule}-${s.method.slug}@recovery-guide`,
            title: `${s.method.title} after your ${sessionLabel}`,
            description: `${s.say}\n\n${gradePhrase(s.grade, OUTCOME_LABELS[s.outcome])}.\n${url}`,
            url,
            start: clock(day.date, at),
            end: clock(day.date, at + minutes),
            startInputType: "local",
            startOutputType: "local",
            endInputType: "local",
            endOutputType: "local",
          });
          at += minutes;
        }
      }
    });
  }
  return events;
}

export type PlanCalendar = { ok: true; text: string } | { ok: false; error: string };

/**
 * The plan as an iCalendar file. A plan with no suggestions gives a calendar with no events (`ics`
 * writes the calendar's header and footer alone). When `ics` refuses an event, the error says why.
 */
export function planCalendar(plan: Plan, siteOrigin: string): PlanCalendar {
  const { error, value } = createEvents(planEvents(plan, siteOrigin), {
    productId: "Recovery Guide",
    calName: `Recovery week from ${plan.input.start}`,
  });
  if (error || !value) return { ok: false, error: `The calendar could not be made: ${describeError(error)}` };
  return { ok: true, text: value };
}

/** `ics` hands back its validator's errors (one per field) as a plain object; a sentence from them, without the validator's regular expressions. */
function describeError(error: unknown): string {
  const e = (error ?? {}) as { errors?: unknown; message?: unknown };
  const messages = Array.isArray(e.errors) && e.errors.length ? e.errors.map(String) : [String(e.message ?? "no calendar text came back")];
  return messages.map((m) => m.replace(/ must match the following: .*$/s, " is not in a form calendars accept")).join("; ");
}

/** The file name the calendar is saved under. */
export const calendarFileName = (plan: Plan) => `recovery-week-${plan.input.start}.ics`;
