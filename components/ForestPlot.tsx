import type { ForestPoint } from "@/lib/catalog/evidence";

const LABEL = 150;
const PLOT = 410;
const ASIDE = 210;
const PAD = 16;
const ROW = 26;
const TOP = 8;
const AXIS = 44;

/** The half-width of the axis: at least 1, else the widest interval rounded up to a half. */
function reach(points: readonly ForestPoint[]): number {
  const widest = Math.max(1, ...points.flatMap((p) => [Math.abs(p.low), Math.abs(p.high)]));
  return Math.ceil(widest * 2) / 2;
}

const ARROW_ROOM = 14;
// A 10-unit arrow whose tip is at (tip, y), pointing right (1) or left (-1).
const arrow = (tip: number, y: number, way: 1 | -1) =>
  `M${tip - 10 * way} ${y}H${tip}M${tip - 4 * way} ${y - 4}L${tip} ${y}L${tip - 4 * way} ${y + 4}`;
const label = (n: number) => (n < 0 ? `−${Math.abs(n)}` : String(n));

/**
 * A forest plot drawn on the server: each study's standardised effect and 95% CI, turned so that
 * benefit is to the right of the line at zero. It needs no script and prints as it shows; the
 * table beside it holds the same numbers for screen readers, so the drawing is described once
 * and hidden from them.
 */
export function ForestPlot({ points, title }: { points: readonly ForestPoint[]; title: string }) {
  if (points.length === 0) return null;
  const max = reach(points);
  const asides = points.some((p) => p.aside);
  const label_ = points.some((p) => p.label.length > 22) ? LABEL * 2 : LABEL;
  const WIDTH = label_ + PLOT + (asides ? ASIDE : 0);
  const height = TOP + points.length * ROW + AXIS;
  const x = (v: number) => label_ + PAD + ((v + max) / (2 * max)) * (PLOT - 2 * PAD);
  const ticks = [-max, -max / 2, 0, max / 2, max];
  const bottom = TOP + points.length * ROW;
  return (
    // On a phone the chart is wider than the screen and its figure scrolls sideways; in the tab
    // order, a keyboard reader can scroll it too (the arrow keys move a focused scrolling box).
    <figure className="forest" tabIndex={0}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" fontSize={12} role="img" aria-label={`${title}: each study's effect with its 95% confidence interval; benefit is to the right. The table below lists the same numbers.`}>
        <line x1={x(0)} x2={x(0)} y1={TOP / 2} y2={bottom} className="forest__zero" />
        {points.map((p, i) => {
          const y = TOP + i * ROW + ROW / 2;
          return (
            <g key={`${p.label}-${i}`} className={p.counted ? "forest__row" : "forest__row forest__row--not-counted"}>
              <text x={label_} y={y} dy="0.35em" textAnchor="end" className="forest__label">
                {p.label}
              </text>
              {p.aside && (
                <text x={label_ + PLOT + 8} y={y} dy="0.35em" className="forest__aside">
                  {p.aside}
                </text>
              )}
              <line x1={x(p.low)} x2={x(p.high)} y1={y} y2={y} className="forest__ci" />
              <rect x={x(p.effect) - 5} y={y - 5} width={10} height={10} className="forest__effect" />
            </g>
          );
        })}
        <line x1={x(-max)} x2={x(max)} y1={bottom} y2={bottom} className="forest__axis" />
        {ticks.map((t) => (
          <text key={t} x={x(t)} y={bottom + 16} textAnchor="middle" className="forest__tick">
            {label(t)}
          </text>
        ))}
        {/* The arrows are drawn, not typed: the typeface has no arrows (styles/tokens.css). */}
        <path d={arrow(x(-max), bottom + 32, -1)} className="forest__arrow" />
        <text x={x(-max) + ARROW_ROOM} y={bottom + 36} className="forest__side">
          favours no treatment
        </text>
        <text x={x(max) - ARROW_ROOM} y={bottom + 36} textAnchor="end" className="forest__side">
          favours the method
        </text>
        <path d={arrow(x(max), bottom + 32, 1)} className="forest__arrow" />
      </svg>
      <figcaption>{title}: standardised effect (SMD, Hedges&apos; g or Cohen&apos;s d) with 95% confidence interval.</figcaption>
    </figure>
  );
}
