import type { Price, Reference, Specs } from "../content/schemas";
import { BODY_AREAS } from "../content/vocabulary";

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** "2026-11-23" -> "November 23, 2026" (dates are calendar days, so formatted in UTC). */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

export function formatPrice(price: Pick<Price, "amount" | "upTo" | "currency">): string {
  const from = formatMoney(price.amount, price.currency);
  return price.upTo ? `${from}–${formatMoney(price.upTo, price.currency)}` : from;
}

/** A modality's cost range with its note, e.g. "$0–$1,200. Free in a bathtub…". */
export function formatCost(cost: { from: number; to?: number; currency: Price["currency"]; note?: string }): string {
  return `${formatPrice({ amount: cost.from, upTo: cost.to, currency: cost.currency })}${cost.note ? `. ${cost.note}` : ""}`;
}

export function formatRange(r: { min: number; max: number }, unit: string): string {
  return r.min === r.max ? `${r.max} ${unit}` : `${r.min}–${r.max} ${unit}`;
}

const PORTABILITY_LABELS = {
  pocket: "Fits a pocket",
  "gym-bag": "Fits a gym bag",
  "carry-on": "Fits carry-on luggage",
  "home-only": "Stays at home",
} as const;

const POWER_LABELS = {
  none: "None needed",
  mains: "Mains power",
  battery: "Rechargeable battery",
  "mains-or-battery": "Mains or battery",
} as const;

export function bodyAreaLabel(area: (typeof BODY_AREAS)[number]): string {
  return area === "it-band" ? "IT band" : area.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/**
 * The published specs as label/value rows, in the order readers weigh them (session time and
 * portability before battery and noise). Specs that were not published are simply absent.
 */
export function specRows(specs: Specs): { label: string; value: string }[] {
  const rows: [string, string | undefined][] = [
    ["Session length", specs.sessionMinutes && formatRange(specs.sessionMinutes, "min")],
    ["Portability", specs.portability && PORTABILITY_LABELS[specs.portability]],
    ["Weight", specs.weightKg !== undefined ? `${specs.weightKg} kg (${(specs.weightKg * 2.20462).toFixed(1)} lb)` : undefined],
    ["Power", specs.power && POWER_LABELS[specs.power]],
    ["Battery life", specs.batteryMinutes !== undefined ? `${specs.batteryMinutes} min` : undefined],
    ["Pressure", specs.pressureMmHg && formatRange(specs.pressureMmHg, "mmHg")],
    ["Chambers", specs.chambers?.toString()],
    ["Intensity levels", specs.intensityLevels?.toString()],
    ["Programs", specs.programs?.toString()],
    ["Amplitude", specs.amplitudeMm !== undefined ? `${specs.amplitudeMm} mm` : undefined],
    ["Percussions per minute", specs.percussionsPerMinute?.toLocaleString("en-US")],
    ["Speeds", specs.speeds?.toString()],
    ["Attachments", specs.attachments?.toString()],
    ["Capacity", specs.capacityLitres !== undefined ? `${specs.capacityLitres} L (${Math.round(specs.capacityLitres * 0.264172)} US gal)` : undefined],
    ["Noise", specs.noiseDb !== undefined ? `${specs.noiseDb} dB` : undefined],
    ["App", specs.app === undefined ? undefined : specs.app ? "Yes" : "No"],
    ["Material", specs.material],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

/** How a reference is cited in running text: first author's surname and year, e.g. "Machado 2016". */
export function citeLabel(ref: Pick<Reference, "authors" | "year">): string {
  const first = ref.authors.split(/[,;]/)[0].trim().split(" ")[0];
  return `${first} ${ref.year ?? "n.d."}`;
}
