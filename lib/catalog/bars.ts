import type { Unit } from "../content/benches";

/**
 * Small bars beside a comparison row's numbers (components/CompareTable.tsx draws them). A bar's
 * length is a step out of BAR_STEPS, so the page needs no inline style (the CSP forbids one) and
 * every bar of a row is drawn to the same scale: the row's largest value fills the track.
 */
export const BAR_STEPS = 20;

/** A number a bar can draw: one value (`low === high`) or a range, such as "$299–$349" or "20–110 mmHg". */
export interface Figure {
  low: number;
  high: number;
}

/** A drawn figure, in steps of 0..BAR_STEPS: solid up to `low`, lighter from `low` to `high`. */
export interface Bar {
  low: number;
  high: number;
}

/**
 * The step for `value` on a scale whose largest value is `max`: 0 for nothing (or nothing to scale
 * by), at least 1 for any positive value so a small figure still shows, and BAR_STEPS for the largest.
 */
export function barStep(value: number, max: number, steps = BAR_STEPS): number {
  if (!(value > 0) || !(max > 0)) return 0;
  if (value >= max) return steps;
  return Math.min(steps, Math.max(1, Math.round((value / max) * steps)));
}

/**
 * One bar per cell of a row, scaled to the row's largest value, or none where a cell has no
 * figure ("not found", "not published"). A bar compares: a row with fewer than two figures gets
 * none, since a lone full bar would only say "largest of one".
 */
export function rowBars(figures: readonly (Figure | undefined)[]): (Bar | undefined)[] | undefined {
  const known = figures.filter((f): f is Figure => f !== undefined);
  if (known.length < 2) return undefined;
  const max = Math.max(...known.map((f) => f.high));
  return figures.map((f) => f && { low: barStep(f.low, max), high: barStep(f.high, max) });
}

/**
 * Units whose figures a bar may draw: those where twice the length means twice as much. A
 * temperature (0 °C is not "no cold") and decibels (a logarithmic scale) are not: a bar would
 * mislead, so those rows keep their numbers alone.
 */
const NOT_PROPORTIONAL: readonly Unit[] = ["°C", "dB"];

/** A bench or catalogue value as a figure, when it is a number or a range in a unit bars can draw. */
export function figureOf(value: unknown, unit: Unit | undefined): Figure | undefined {
  if (unit === undefined || NOT_PROPORTIONAL.includes(unit)) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? { low: value, high: value } : undefined;
  if (value && typeof value === "object" && "min" in value && "max" in value) {
    const { min, max } = value as { min: unknown; max: unknown };
    if (typeof min === "number" && typeof max === "number" && Number.isFinite(min) && Number.isFinite(max)) return { low: Math.min(min, max), high: Math.max(min, max) };
  }
  return undefined;
}

/** A price or cost (`amount`, up to `upTo`) as a figure. */
export const moneyFigure = (amount: number, upTo?: number): Figure => ({ low: amount, high: Math.max(amount, upTo ?? amount) });
