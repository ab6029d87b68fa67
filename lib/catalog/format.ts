import type { StudyFrontmatter, StudyResult, ToolSource } from "../content/schemas";
import { sourceDay } from "../content/source-date";
import { ratedCertainty } from "./grading";

type Money = { amount: number; upTo?: number; currency: string };
import { BODY_AREAS, capitalised, CERTAINTY_LABELS, EFFECT_MEASURE_LABELS, inSentence, POPULATION_LABELS, SOURCE_KIND_LABELS, STUDY_KIND_LABELS } from "../content/vocabulary";

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

const monthFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", timeZone: "UTC" });

/** "2026-11-23" -> "November 23, 2026", and a source dated to the month, "2024-06" -> "June 2024" (calendar dates, so formatted in UTC). */
export function formatDate(iso: string): string {
  return (iso.length === 7 ? monthFormat : dateFormat).format(new Date(`${sourceDay(iso)}T00:00:00Z`));
}


/** A figure's source as running text: "Airwave user manual (maker's page or manual, November 2, 2026)"; SourceCredit is the same in HTML. */
export function formatToolSource(source: Pick<ToolSource, "title" | "kind" | "date">): string {
  return `${source.title} (${SOURCE_KIND_LABELS[source.kind]}, ${source.date === "n.d." ? "n.d." : formatDate(source.date)})`;
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

export function formatPrice(price: Money): string {
  const from = formatMoney(price.amount, price.currency);
  return price.upTo ? `${from}–${formatMoney(price.upTo, price.currency)}` : from;
}

/** A modality's cost range with its note, e.g. "$0–$1,200. Free in a bathtub…". */
export function formatCost(cost: { from: number; to?: number; currency: string; note?: string }): string {
  return `${formatPrice({ amount: cost.from, upTo: cost.to, currency: cost.currency })}${cost.note ? `. ${cost.note}` : ""}`;
}

const AND = new Intl.ListFormat("en-GB", { type: "conjunction" });
const OR = new Intl.ListFormat("en-GB", { type: "disjunction" });

/** "a, b and c" (or "a, b or c"), without the serial comma, as the site's prose writes lists. */
export function formatList(items: readonly string[], joiner: "and" | "or" = "and"): string {
  return (joiner === "and" ? AND : OR).format(items);
}

export function formatRange(r: { min: number; max: number }, unit: string): string {
  return r.min === r.max ? `${r.max} ${unit}` : `${r.min}–${r.max} ${unit}`;
}

export function bodyAreaLabel(area: (typeof BODY_AREAS)[number]): string {
  return area === "it-band" ? "IT band" : capitalised(area.replace(/-/g, " "));
}


/** Where a reader can find a study itself: its DOI, else its URL. */
export function studyLink(study: Pick<StudyFrontmatter, "doi" | "url">): { href: string; label: string } {
  return study.doi ? { href: `https://doi.org/${study.doi}`, label: `doi:${study.doi}` } : { href: study.url!, label: "Source" };
}

/** "Meta-analysis of 99 studies, active adults" and the like: what a study is, from its fields. */
export function studyDescription(study: Pick<StudyFrontmatter, "kind" | "pooled" | "population">): string {
  const kind = STUDY_KIND_LABELS[study.kind];
  const count = (n: number | undefined, one: string, many: string) => (n ? `${n.toLocaleString("en-US")} ${n === 1 ? one : many}` : undefined);
  const size = [count(study.pooled?.studies, "study", "studies"), count(study.pooled?.participants, "participant", "participants")].filter(Boolean).join(", ");
  const who = study.population ? inSentence(POPULATION_LABELS[study.population]) : undefined;
  return [`${kind}${size ? ` (${size})` : ""}`, who].filter(Boolean).join(", ");
}

/** The one line lists, search and feeds show for any entry: its summary, or a study's description. */
export function entrySummary(entry: { summary: string } | (Pick<StudyFrontmatter, "kind" | "pooled" | "population" | "venue" | "year">)): string {
  if ("summary" in entry) return entry.summary;
  return `${studyDescription(entry)}. ${entry.venue}${entry.year ? ` (${entry.year})` : ""}.`;
}

const signed = (n: number) => (n < 0 ? `−${Math.abs(n)}` : String(n));

/** "SMD −0.89 (95% CI −1.42 to −0.12)": one result as a study states it. */
/**
 * The certainty the grading rule reads for a result (ratedCertainty), in words: "low certainty",
 * or "low certainty overall" when it is the study's rating of all its evidence, not this result's.
 */
export function formatCertainty(result: Pick<StudyResult, "certainty"> | undefined, study: Pick<StudyFrontmatter, "certainty">): string | undefined {
  const certainty = ratedCertainty(result, study);
  return certainty && `${CERTAINTY_LABELS[certainty]}${result?.certainty ? "" : " overall"}`;
}

export function formatEffect(result: Pick<StudyResult, "measure" | "effect" | "ci" | "unit">): string {
  const measure = EFFECT_MEASURE_LABELS[result.measure];
  const value = `${signed(result.effect)}${result.measure === "percent-change" ? "%" : ""}${result.unit ? ` ${result.unit}` : ""}`;
  const ci = result.ci ? ` (95% CI ${signed(result.ci[0])} to ${signed(result.ci[1])})` : "";
  return `${measure} ${value}${ci}`;
}
