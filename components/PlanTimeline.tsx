import type { ReactNode } from "react";
import { sessionEnd, windowStart } from "@/lib/catalog/plan-clock";
import type { SessionPlan, SkipNote, Suggestion } from "@/lib/catalog/planner";
import { OUTCOME_LABELS, PLAN_WINDOWS, PLAN_WINDOW_LABELS, inSentence, type Grade, type PlanWindow, type TimeOfDay } from "@/lib/content/vocabulary";
import { GradeBadge } from "./GradeBadge";

export type TimelineSession = Pick<SessionPlan, "label" | "time" | "windows" | "skips">;

// The drawing, in viewBox units. It scales to its box (at most 28rem wide, in app/globals.css): at
// 328 CSS px, a 360 px phone less the page's padding, 15 units of text are 12.3 px. Labels are
// never squeezed into the bands: each suggestion has its own row, its label beside its marker on
// whichever side has room, wrapped onto more lines when neither side holds it on one.
const W = 400;
const X0 = 12;
const X1 = W - 12;
const FONT = 15;
/** A generous average width of one character of the system font, to decide where a label fits. */
const CHAR = FONT * 0.56;
const ROW = 26;
const LINE = 20;
const GAP = 8;
const TOP = 28;
const HOURS = 48;

/** When a session ends, in words, for the description of the picture. */
const ENDS: Record<TimeOfDay, string> = { morning: "in the morning", midday: "at midday", evening: "in the evening" };
/** Bedtime and waking, on the 24-hour clock: the nights the picture shades. */
const BED = 23;
const WAKE = 7;

/**
 * Where each window falls, in hours after the session ends (`end`, in hours): from where the
 * calendar export puts its first suggestion (lib/catalog/plan-clock.ts) to where the next part of
 * the day begins: half an hour, bedtime, noon the next day, bedtime the next day.
 */
function windowSpans(end: number): Record<PlanWindow, [number, number]> {
  const from = (w: PlanWindow) => windowStart(w, end * 60) / 60 - end;
  return {
    "within-30-min": [from("within-30-min"), 0.5],
    "same-evening": [from("same-evening"), BED - end],
    "next-morning": [from("next-morning"), 36 - end],
    "next-day": [from("next-day"), 24 + BED - end],
  };
}

function nights(end: number): [number, number][] {
  return [0, 24]
    .map((day): [number, number] => [Math.max(0, day + BED - end), Math.min(HOURS, day + 24 + WAKE - end)])
    .filter(([a, b]) => b > a);
}

const x = (hours: number) => X0 + (hours / HOURS) * (X1 - X0);
const textWidth = (text: string) => text.length * CHAR;

/** Splits text into lines of at most `max` characters, at spaces (never at a no-break space). */
function wrap(text: string, max = Math.floor((X1 - X0) / CHAR)): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}


const TIER: Record<Grade, "good" | "mid" | "low" | "harm"> = {
  strong: "good",
  moderate: "good",
  limited: "mid",
  conflicting: "mid",
  "no-effect": "low",
  insufficient: "low",
  harm: "harm",
};

const minutesText = (n: number) => (n === 0 ? "no extra time" : `${n} min`);
/** A marker's label: the method, and its minutes kept together on one line by no-break spaces. */
const markerText = (s: Suggestion) => (s.minutes > 0 ? `${s.method.title}\u00a0·\u00a0${s.minutes}\u00a0min` : s.method.title);
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * A label beside a mark that spans `left` to `right` on a row centred at `cy`: after it if it fits,
 * else before it, else wrapped beside it on the side with more room, else on full-width lines
 * below. Returns the text and the height it adds below the row.
 */
function label(text: string, left: number, right: number, cy: number, className: string, key: string): { node: ReactNode; below: number } {
  const after = X1 - (right + GAP);
  const before = left - GAP - X0;
  const beside = (lines: string[], anchor: "start" | "end") => (
    <text key={key} textAnchor={anchor === "end" ? "end" : undefined} className={className}>
      {lines.map((l, i) => (
        <tspan key={i} x={anchor === "end" ? left - GAP : right + GAP} y={cy + LINE * i} dy="0.35em">
          {l}
        </tspan>
      ))}
    </text>
  );
  if (textWidth(text) <= after) return { node: beside([text], "start"), below: 0 };
  if (textWidth(text) <= before) return { node: beside([text], "end"), below: 0 };
  const room = Math.max(after, before);
  const lines = wrap(text, Math.floor(room / CHAR));
  if (lines.length <= 3 && lines.every((l) => textWidth(l) <= room)) {
    return { node: beside(lines, after >= before ? "start" : "end"), below: (lines.length - 1) * LINE };
  }
  const full = wrap(text);
  return {
    node: (
      <text key={key} className={className}>
        {full.map((l, i) => (
          <tspan key={i} x={X0} y={cy + ROW / 2 + LINE * i + LINE / 2} dy="0.35em">
            {l}
          </tspan>
        ))}
      </text>
    ),
    below: full.length * LINE,
  };
}

const hours = (n: number) => String(Math.round(n * 10) / 10);

function describe(session: TimelineSession, spans: Record<PlanWindow, [number, number]>, dark: [number, number][]): string {
  const planned = new Map(session.windows.map((w) => [w.window, w.suggestions]));
  const parts = PLAN_WINDOWS.map((w) => {
    const list = planned.get(w) ?? [];
    const [a, b] = spans[w];
    const when = w === "within-30-min" ? "" : ` (${hours(a)} to ${hours(b)} hours after)`;
    return `${PLAN_WINDOW_LABELS[w]}${when}: ${list.length ? list.map((s) => (s.minutes ? `${s.method.title}, ${s.minutes} minutes` : s.method.title)).join("; ") : "nothing planned"}.`;
  });
  const skips = session.skips.filter((k) => k.method).map((k) => k.method!.title);
  return [
    `A timeline of the 48 hours after the ${inSentence(session.label)}, which ends ${ENDS[session.time]}, with nights shaded (${dark.map(([a, b]) => `${hours(a)} to ${hours(b)}`).join(" and ")} hours after).`,
    ...parts,
    ...(skips.length ? [`Skip: ${skips.join(", ")}.`] : []),
    "The list below gives the same plan with each grade.",
  ].join(" ");
}

function GradeLine({ grade, outcome, why, title }: { grade: Grade; outcome: Suggestion["outcome"]; why: Suggestion["why"]; title: string }) {
  return (
    <>
      <GradeBadge grade={grade} /> for {inSentence(OUTCOME_LABELS[outcome])}:{" "}
      <a href={why}>
        why this grade<span className="visually-hidden"> for {title}</span>
      </a>
    </>
  );
}

function SkipLine({ note }: { note: SkipNote & { method: NonNullable<SkipNote["method"]> } }) {
  return (
    <li className="plan-timeline__skip">
      <strong>Skip</strong> <a href={note.method.href}>{inSentence(note.method.title)}</a>: {note.say}
      {note.grade && note.outcome && note.why && (
        <>
          {" "}
          <GradeLine grade={note.grade} outcome={note.outcome} why={note.why} title={note.method.title} />
        </>
      )}
    </li>
  );
}

/**
 * The 48 hours after one session, drawn on the server: the plan's windows as bands on an axis from
 * the end of the session, nights shaded, each suggestion a marker in its band and each skip marked.
 * It needs no script and prints as it shows; the ordered list under it says the same with every
 * grade, for readers who cannot see the picture and for those who want the words. `heading` is the
 * figure's caption; the page supplies the section heading around it.
 */
export function PlanTimeline({ heading, session }: { heading: string; session: TimelineSession }) {
  const skips = session.skips.filter((k): k is SkipNote & { method: NonNullable<SkipNote["method"]> } => Boolean(k.method));
  if (session.windows.every((w) => w.suggestions.length === 0) && skips.length === 0) {
    return <p className="plan-timeline__empty">Nothing is planned in the 48 hours after this session.</p>;
  }
  const end = sessionEnd(session.time) / 60;
  const spans = windowSpans(end);
  const dark = nights(end);
  const planned = new Map(session.windows.map((w) => [w.window, w.suggestions]));
  const id = `plan-timeline-${slugOf(heading) || "session"}`;

  const rows: ReactNode[] = [];
  let y = TOP;
  for (const w of PLAN_WINDOWS) {
    const [a, b] = spans[w];
    const left = x(a);
    const right = Math.max(x(b), left + 4);
    const list = planned.get(w) ?? [];
    const cy = y + ROW / 2;
    const band = label(PLAN_WINDOW_LABELS[w], left, right, cy, "plan-timeline__band-label", "label");
    rows.push(
      <g key={w} className={list.length ? "plan-timeline__window" : "plan-timeline__window plan-timeline__window--empty"}>
        <rect x={left} y={cy - 7} width={right - left} height={14} rx={2} className="plan-timeline__band" />
        {band.node}
      </g>,
    );
    y += ROW + band.below;
    // Each marker hangs from its band on a thin line, so a marker rows below still reads as in it.
    let above = cy + 7;
    list.forEach((s, i) => {
      const mx = (left + right) / 2;
      const my = y + ROW / 2;
      const text = label(markerText(s), mx - 7, mx + 7, my, "plan-timeline__label", "label");
      rows.push(
        <g key={`${w}-${s.rule}-${s.method.slug}-${i}`} className={`plan-timeline__suggestion plan-timeline__suggestion--${TIER[s.grade]}`}>
          <line x1={mx} x2={mx} y1={above} y2={my - 6} className="plan-timeline__leader" />
          <circle cx={mx} cy={my} r={6} className="plan-timeline__marker" />
          {text.node}
        </g>,
      );
      above = my + 6;
      y += ROW + text.below;
    });
  }
  for (const k of skips) {
    const my = y + ROW / 2;
    const cx = X0 + 6;
    const text = `Skip: ${k.method.title}`;
    // Struck through when it fits on one line; a title too long for that is wrapped, and still says "Skip".
    const wrapped = cx + 7 + GAP + textWidth(text) <= X1 ? undefined : label(text, cx - 6, cx + 7, my, "plan-timeline__label", "label");
    rows.push(
      <g key={`skip-${k.rule}`} className="plan-timeline__skip-row">
        <path d={`M${cx - 5} ${my - 5}L${cx + 5} ${my + 5}M${cx + 5} ${my - 5}L${cx - 5} ${my + 5}`} className="plan-timeline__skip-mark" />
        {wrapped?.node ?? (
          <text x={cx + 7 + GAP} y={my} dy="0.35em" className="plan-timeline__label">
            Skip:{" "}
            <tspan textDecoration="line-through" className="plan-timeline__struck">
              {k.method.title}
            </tspan>
          </text>
        )}
      </g>,
    );
    y += ROW + (wrapped?.below ?? 0);
  }
  const axis = y + 8;
  const height = axis + 52;

  return (
    <figure className="plan-timeline" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{heading}</figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" fontSize={FONT} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{heading}</title>
        <desc id={`${id}-desc`}>{describe(session, spans, dark)}</desc>
        {dark.map(([a, b]) => (
          <g key={a} className="plan-timeline__night">
            <rect x={x(a)} y={0} width={x(b) - x(a)} height={axis} />
            <text x={(x(a) + x(b)) / 2} y={18} textAnchor="middle" className="plan-timeline__night-label">
              Night
            </text>
          </g>
        ))}
        {rows}
        <line x1={X0} x2={X1} y1={axis} y2={axis} className="plan-timeline__axis" />
        {[0, 12, 24, 36, 48].map((h) => (
          <g key={h}>
            <line x1={x(h)} x2={x(h)} y1={axis} y2={axis + 5} className="plan-timeline__axis" />
            <text x={x(h)} y={axis + 20} textAnchor={h === 0 ? "start" : h === HOURS ? "end" : "middle"} className="plan-timeline__tick">
              {h} h
            </text>
          </g>
        ))}
        <text x={W / 2} y={axis + 42} textAnchor="middle" className="plan-timeline__axis-label">
          Hours after the session ends
        </text>
      </svg>
      <ol className="plan-timeline__list" aria-label={`What to do when, after the ${inSentence(session.label)}`}>
        {PLAN_WINDOWS.map((w) => {
          const list = planned.get(w) ?? [];
          return (
            <li key={w}>
              <strong className="plan-timeline__window-name">{PLAN_WINDOW_LABELS[w]}</strong>
              {list.length === 0 ? (
                <>: nothing planned.</>
              ) : (
                <ul>
                  {list.map((s, i) => (
                    <li key={`${s.rule}-${s.method.slug}-${i}`}>
                      <a href={s.method.href}>{s.method.title}</a>, {minutesText(s.minutes)}.{" "}
                      <GradeLine grade={s.grade} outcome={s.outcome} why={s.why} title={s.method.title} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {skips.length > 0 && (
        <ul className="plan-timeline__skips" aria-label={`What to skip after the ${inSentence(session.label)}`}>
          {skips.map((k) => (
            <SkipLine key={k.rule} note={k} />
          ))}
        </ul>
      )}
    </figure>
  );
}
