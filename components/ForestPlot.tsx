import type { ForestGroup, ForestPoint } from "@/lib/catalog/evidence";

// The chart is laid out in CSS pixels with no viewBox: across, every position is a percentage of
// the figure's width, so it fits any screen with its text at full size and never scrolls; down,
// each study takes a line for its name and a line for its interval.
const LINE = 17;
const TRACK = 13;
const GAP = 9;
const LEFT = 6;
const RIGHT = 94;
/** Characters per line before a name wraps at a space: what fits the narrowest screen (288 px of text) in bold. */
const WRAP = 34;
/** How far the line at zero reaches above and below an interval: short of the name above it. */
const ZERO_REACH = 8;

/** The half-width of the axis: at least 1, else the widest interval rounded up to a half. */
function reach(points: readonly ForestPoint[]): number {
  const widest = Math.max(1, ...points.flatMap((p) => [Math.abs(p.low), Math.abs(p.high)]));
  return Math.ceil(widest * 2) / 2;
}

/** A name broken at spaces into lines of at most `width` characters (a longer word keeps its own line). */
export function wrapWords(text: string, width = WRAP): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const label = (n: number) => (n < 0 ? `−${Math.abs(n)}` : String(n));
const percent = (n: number) => `${Number(n.toFixed(2))}%`;

type Placed =
  | { kind: "group"; lines: string[]; note?: string; y: number }
  | { kind: "point"; point: ForestPoint; lines: string[]; y: number; track: number };

/** Where each group heading and each study goes, top to bottom, and where the axis starts. */
function layOut(groups: readonly ForestGroup[]): { placed: Placed[]; bottom: number } {
  const placed: Placed[] = [];
  let y = 0;
  for (const group of groups) {
    if (group.points.length === 0) continue;
    if (group.title || group.note) {
      const lines = group.title ? wrapWords(group.title) : [];
      placed.push({ kind: "group", lines, note: group.note, y: y + LINE });
      y += LINE * (lines.length + (group.note ? 1 : 0)) + GAP / 2;
    }
    for (const point of group.points) {
      const lines = wrapWords(point.label);
      placed.push({ kind: "point", point, lines, y: y + LINE, track: y + LINE * lines.length + TRACK });
      y += LINE * lines.length + TRACK + GAP;
    }
  }
  return { placed, bottom: y };
}

/** Lines of text at `x`, the first on baseline `y`, each a line below the one before. */
function Lines({ lines, x, y, className }: { lines: readonly string[]; x: string; y: number; className: string }) {
  return (
    <text x={x} y={y} className={className}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : LINE}>
          {/* The space a wrap replaced stays, so the name reads, copies and finds as one. */}
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

// A reader who checks a square against the table must not find a sign that seems wrong.
const TURNED = "Where a study reported a fall as the benefit (less soreness or fatigue: a negative number in the table), its signs are reversed here so that benefit is always to the right.";

/**
 * A forest plot drawn on the server: each study's standardised effect and 95% CI, turned so that
 * benefit is to the right of the line at zero, under the name of its group (a method, on the
 * evidence map) when there is one. It needs no script and prints as it shows; the table beside it
 * holds the same numbers for screen readers, so the drawing is described once and hidden from them.
 */
export function ForestPlot({ groups, title }: { groups: readonly ForestGroup[]; title: string }) {
  const points = groups.flatMap((g) => g.points);
  if (points.length === 0) return null;
  const turned = points.some((p) => p.turned);
  const max = reach(points);
  const x = (v: number) => percent(LEFT + ((v + max) / (2 * max)) * (RIGHT - LEFT));
  const ticks = [-max, -max / 2, 0, max / 2, max];
  const { placed, bottom } = layOut(groups);
  const axis = bottom;
  // The two directions take a line each: side by side they overlap in a phone's disclosure.
  const sides = axis + 2 * LINE + 4;
  const right = sides + LINE;
  return (
    <figure className="forest">
      <svg width="100%" height={right + 6} fontSize={13} role="img" aria-label={`${title}: each study's effect with its 95% confidence interval; benefit is to the right. ${turned ? `${TURNED} The table below lists the numbers as the studies reported them.` : "The table below lists the same numbers."}`}>
        {/* The line at zero is drawn only beside the intervals, so it never runs through a name. */}
        {placed.map((p, i) => p.kind === "point" && <line key={`zero-${i}`} x1={x(0)} x2={x(0)} y1={p.track - ZERO_REACH} y2={p.track + ZERO_REACH} className="forest__zero" />)}
        {placed.map((p, i) =>
          p.kind === "group" ? (
            <g key={`group-${i}`} className="forest__group">
              {p.lines.length > 0 && <Lines lines={p.lines} x="0" y={p.y} className="forest__group-title" />}
              {p.note && <Lines lines={[p.note]} x="0" y={p.y + LINE * p.lines.length} className="forest__aside" />}
            </g>
          ) : (
            <g key={`point-${i}`} className={p.point.counted ? "forest__row" : "forest__row forest__row--not-counted"}>
              <Lines lines={p.lines} x="0" y={p.y} className="forest__label" />
              <line x1={x(p.point.low)} x2={x(p.point.high)} y1={p.track} y2={p.track} className="forest__ci" />
              <rect x={x(p.point.effect)} y={p.track} width={10} height={10} transform="translate(-5 -5)" className="forest__effect" />
            </g>
          ),
        )}
        <line x1={x(-max)} x2={x(max)} y1={axis} y2={axis} className="forest__axis" />
        {ticks.map((t) => (
          <text key={t} x={x(t)} y={axis + LINE} textAnchor="middle" className="forest__tick">
            {label(t)}
          </text>
        ))}
        {/* The arrows are drawn, not typed: the typeface has no arrows (styles/tokens.css). */}
        <svg x="0" y={sides - 9} width={12} height={10} overflow="visible" className="forest__arrow">
          <path d="M12 5H0M4 1L0 5L4 9" />
        </svg>
        <text x="0" dx={16} y={sides} className="forest__side">
          favours no treatment
        </text>
        <text x="100%" dx={-16} y={right} textAnchor="end" className="forest__side">
          favours the method
        </text>
        <svg x="100%" y={right - 9} width={12} height={10} overflow="visible" className="forest__arrow">
          <path d="M-12 5H0M-4 1L0 5L-4 9" />
        </svg>
      </svg>
      <figcaption>
        {title}: standardised effect (SMD, Hedges&apos; g or Cohen&apos;s d) with 95% confidence interval.{turned && ` ${TURNED}`}
      </figcaption>
    </figure>
  );
}
