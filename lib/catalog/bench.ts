import { ATTRIBUTES, HOLE_LABELS, TOOL_CATEGORIES, UNITS, type AttributeKey, type Hole, type Unit } from "../content/benches";
import type { BenchCell, ToolSource } from "../content/schemas";
import type { Tool } from "./catalog";
import { figureOf, type Figure } from "./bars";

/** One bench row of one tool, as a page shows it. */
export interface BenchRow {
  key: AttributeKey;
  label: string;
  /** The value in its unit and the other (kg and lb, mm and in, °C and °F, L and US gal), or the hole's label. */
  text: string;
  source?: ToolSource;
  hole?: Hole;
  note?: string;
  /** The value as a number a comparison can draw as a bar, when it is one in a unit bars suit (see bars.ts). */
  figure?: Figure;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits)).toLocaleString("en-US");

function inUnits(n: number, unit: Unit | undefined): string {
  if (!unit || unit === "count") return n.toLocaleString("en-US");
  const u = UNITS[unit];
  const main = `${n.toLocaleString("en-US")}${u.label === "°C" ? "" : " "}${u.label}`;
  if (!("other" in u)) return main;
  const o = u.other as { label: string; factor: number; offset?: number; digits: number };
  const other = n * o.factor + (o.offset ?? 0);
  return `${main} (${round(other, o.digits)}${o.label === "°F" ? "" : " "}${o.label})`;
}

/** A bench value in words, with both units where the unit has another. */
export function formatBenchValue(key: AttributeKey, cell: Exclude<BenchCell, string>): string {
  const { type, unit } = ATTRIBUTES[key] as { type: string; unit?: Unit };
  const v = cell.value;
  if (type === "yes-no") return v ? "Yes" : "No";
  if (type === "range" && typeof v === "object") {
    const u = unit && unit !== "count" ? UNITS[unit] : undefined;
    const gap = (label: string) => (label.startsWith("°") ? "" : " ");
    const main = `${v.min}–${v.max}${u ? `${gap(u.label)}${u.label}` : ""}`;
    if (!u || !("other" in u)) return main;
    // Both ends in both units: 3–15 °C (37–59 °F).
    const o = u.other as { label: string; factor: number; offset?: number; digits: number };
    const other = (n: number) => round(n * o.factor + (o.offset ?? 0), o.digits);
    return `${main} (${other(v.min)}–${other(v.max)}${gap(o.label)}${o.label})`;
  }
  if (typeof v === "number") return inUnits(v, unit);
  return String(v);
}

/** The rows of the tool's category bench, in the bench's order: every one present, sourced or an explicit hole. */
export function benchRows(tool: Pick<Tool, "category" | "bench" | "sources">): BenchRow[] {
  return TOOL_CATEGORIES[tool.category].bench.map((key) => {
    const cell = tool.bench[key];
    const label = ATTRIBUTES[key].label;
    if (cell === undefined || typeof cell === "string") {
      const hole: Hole = cell ?? "not-found";
      return { key, label, text: HOLE_LABELS[hole], hole };
    }
    const figure = figureOf(cell.value, (ATTRIBUTES[key] as { unit?: Unit }).unit);
    return { key, label, text: formatBenchValue(key, cell), source: tool.sources[cell.source], note: cell.note, ...(figure && { figure }) };
  });
}
