import type { Route } from "next";
import { formatDate } from "@/lib/catalog/format";
import { CALENDAR_CLOCK } from "@/lib/catalog/plan-clock";
import type { DayPlan, Plan, SessionPlan, SkipNote, Suggestion } from "@/lib/catalog/planner";
import { OUTCOME_LABELS, inSentence, type Grade, type Outcome } from "@/lib/content/vocabulary";
import { GradeBadge } from "./GradeBadge";
import { PlanTimeline } from "./PlanTimeline";

// Plain links: the plan is long, and every client link is hydrated on load, which cost the
// planner hundreds of milliseconds of main-thread time (Lighthouse TBT) on a phone; the pages they
// lead to are prerendered and load fast without client-side navigation.


const minutesText = (n: number) => (n === 0 ? "no extra time" : `${n} min`);

function Studies({ studies }: { studies: SkipNote["studies"] }) {
  return (
    <>
      {" "}
      <span className="plan-item__studies">
        (
        {studies.map((s, i) => (
          <span key={s.href}>
            {i > 0 && "; "}
            <a href={s.href}>{s.title}</a>
          </span>
        ))}
        )
      </span>
    </>
  );
}

/** The grade a suggestion or skip rests on, and the link to why. */
function GradeWhy({ grade, outcome, why, method }: { grade: Grade; outcome: Outcome; why: Route; method: string }) {
  return (
    <p className="plan-item__grade">
      <GradeBadge grade={grade} compact /> for {inSentence(OUTCOME_LABELS[outcome])}
      <span className="plan-item__why">
        :{" "}
        <a href={why}>
          why this grade<span className="visually-hidden"> for {method}</span>
        </a>
      </span>
    </p>
  );
}

function SuggestionItem({ s }: { s: Suggestion }) {
  return (
    <li className="plan-item">
      <p className="plan-item__head">
        <a href={s.method.href} className="plan-item__method">
          {s.method.title}
        </a>{" "}
        <span className="plan-item__minutes">{minutesText(s.minutes)}</span>
      </p>
      <p className="plan-item__say">
        {s.say}
        <Studies studies={s.studies} />
      </p>
      <GradeWhy grade={s.grade} outcome={s.outcome} why={s.why} method={s.method.title} />
      {s.owned.length > 0 && (
        <p className="plan-item__tools">
          With your{" "}
          {s.owned.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && ", "}
              <a href={t.href}>{t.title}</a>
            </span>
          ))}
          .
        </p>
      )}
      {s.buy && (
        <p className="plan-item__tools">
          If you want a tool for it:{" "}
          {s.buy.role && s.buy.guide && (
            <>
              <a href={s.buy.guide}>{s.buy.role}</a>,{" "}
            </>
          )}
          <a href={s.buy.href}>{s.buy.title}</a> ({s.buy.price}).
        </p>
      )}
    </li>
  );
}

function SkipItem({ note }: { note: SkipNote }) {
  return (
    <li className="plan-skip">
      <p>
        <strong>{note.method ? `Skip ${inSentence(note.method.title)}` : "Nothing new"}</strong>: {note.say}
        <Studies studies={note.studies} />
      </p>
      {note.method && note.grade && note.outcome && note.why && <GradeWhy grade={note.grade} outcome={note.outcome} why={note.why} method={note.method.title} />}
    </li>
  );
}

function SessionBlock({ session }: { session: SessionPlan }) {
  return (
    <section className="plan-session">
      <h4>
        {session.label}, {session.timeLabel.toLowerCase()}
      </h4>
      {session.fromRaceDate && <p className="plan-session__from">Planned from your race date as a morning race. For another time of day, add the race to this day in the form.</p>}
      {session.windows.length === 0 && session.skips.length === 0 && <p>Nothing special after this one.</p>}
      {session.windows.length > 0 && (
        <div className="plan-windows">
          {session.windows.map((w) => (
            <div key={w.window} className="plan-window">
              <h5>{w.label}</h5>
              <ul className="plan-items">
                {w.suggestions.map((s) => (
                  <SuggestionItem key={`${s.rule}-${s.method.slug}`} s={s} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {session.skips.length > 0 && (
        <ul className="plan-skips" aria-label={`What to skip after this ${session.label.toLowerCase()}`}>
          {session.skips.map((k) => (
            <SkipItem key={k.rule} note={k} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DayBlock({ day, repeated }: { day: DayPlan; repeated: ReadonlySet<string> }) {
  return (
    <li className="plan-day">
      <h3>
        {day.label} <span className="plan-day__date">{formatDate(day.date)}</span>
        {day.race && <span className="plan-day__race"> · {day.race}</span>}
      </h3>
      {day.notes.length > 0 && (
        <ul className="plan-skips">
          {day.notes.map((n) =>
            repeated.has(n.rule) ? (
              <li key={n.rule} className="plan-skip">
                <p>
                  <strong>Nothing new</strong>, as above.
                </p>
              </li>
            ) : (
              <SkipItem key={n.rule} note={n} />
            ),
          )}
        </ul>
      )}
      {day.sessions.length === 0 ? <p className="plan-day__rest">Rest day: sleep well and eat normally.</p> : day.sessions.map((s, i) => <SessionBlock key={i} session={s} />)}
      <p className="plan-day__total">Recovery time: {minutesText(day.minutes)}</p>
    </li>
  );
}

/** The week's plan: each day, each session, what to do in which window and what to skip, with grades and why. */
export function PlanWeek({ plan, calendarHref }: { plan: Plan; calendarHref: string }) {
  if (plan.noRules) return <p>The planner has no rules to plan with yet.</p>;
  // The finder's "plan my week" link brings the reader here with a blank week: a way in, not seven
  // rest days and a calendar with nothing in it.
  if (plan.blank) {
    return (
      <section aria-labelledby="plan-heading" className="plan">
        <h2 id="plan-heading">Your recovery week</h2>
        <p className="plan__summary">
          Your week has no sessions yet, so there is nothing to recover from. Start from <a href="#presets-heading">a typical week</a>, or choose each
          day&rsquo;s sessions in the form and press &ldquo;Plan my week&rdquo;.
        </p>
      </section>
    );
  }
  const hardestDay = plan.hardest && plan.days.find((d) => d.day === plan.hardest!.day);
  const hardest = hardestDay && { day: hardestDay, session: hardestDay.sessions[plan.hardest!.index] };
  return (
    <section aria-labelledby="plan-heading" className="plan">
      <h2 id="plan-heading">Your recovery week</h2>
      <p className="plan__summary">
        The week&rsquo;s recovery{" "}
        {plan.minutes === 0 ? (
          <>
            needs <strong>no extra time</strong>
          </>
        ) : (
          <>
            takes about <strong>{plan.minutes} minutes</strong>
          </>
        )}
        , sleep not counted. {plan.caveat}
      </p>
      <p className="plan__actions">
        <a href={calendarHref} download>
          Add the week to your calendar (.ics)
        </a>{" "}
        <span className="plan__clock">{CALENDAR_CLOCK}</span>
      </p>
      {hardest && (
        <section aria-labelledby="plan-timeline-heading" className="plan__timeline">
          <h3 id="plan-timeline-heading">The 48 hours after your hardest session</h3>
          <PlanTimeline heading={`After your ${hardest.session.label.toLowerCase()} on ${hardest.day.label}`} session={hardest.session} />
        </section>
      )}
      <ol className="plan-days">
        {plan.days.map((d, i) => (
          <DayBlock key={d.day} day={d} repeated={new Set(plan.days.slice(0, i).flatMap((p) => p.notes.map((n) => n.rule)))} />
        ))}
      </ol>
      <p className="plan__rules">
        Every suggestion comes from a rule, and every rule from studies: <a href="/plan/rules">how the planner decides</a>.
      </p>
    </section>
  );
}
