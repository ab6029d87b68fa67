import type { Route } from "next";
import type { Catalog, Modality, Tool } from "./catalog";
import type { ToolSource } from "../content/schemas";
import { capitalised, GRADE_LABELS, MARKETS, MARKET_LABELS, OUTCOMES, OUTCOME_LABELS } from "../content/vocabulary";
import { citeLabel } from "../content/citation-syntax";
import { bodyAreaLabel, formatPrice, formatRange, formatToolSource } from "./format";
import { ATTRIBUTES, TOOL_CATEGORIES, type AttributeKey } from "../content/benches";
import { benchRows, type BenchRow } from "./bench";
import { figureOf, moneyFigure, rowBars, type Bar, type Figure } from "./bars";
import { priceIn } from "./markets";
import { replacementFor } from "./picks";
import { pickEntries, readList, type Notice } from "../web/query";
import type { CitedText } from "./cited-text";

import { MAX_COMPARED, compareHref, type CompareHref } from "./compare-href";

export { MAX_COMPARED, MIN_COMPARED, compareHref, type CompareHref, type KeptComparisonHref } from "./compare-href";

export interface CellLink {
  href: Route;
  label: string;
}

/** One cell of the table; undefined means "not published". */
export interface Cell {
  text?: string;
  /** The value as text whose citations link to their studies, in place of `text`. */
  cited?: CitedText;
  /**
   * Where `text` comes from (and any remark on it), read after it: "according to …". The table
   * shows it in smaller type under the value, so the values stand out; the words are the same.
   */
  source?: string;
  /** A remark on `text`, read after it as a sentence of its own ("$0–$40. Free in a bathtub…"). */
  note?: string;
  /** True when `text` says the value is missing ("not published", "no price found"): shown quieter than a value. */
  missing?: true;
  items?: string[];
  links?: CellLink[];
}

export interface CompareRow {
  key: string;
  label: string;
  cells: (Cell | undefined)[];
  /** True when the compared items do not all have the same value; gaps, however worded, count as alike. */
  differs: boolean;
  /** A small bar per cell, scaled to the row's largest value, when the row's cells are numbers (see bars.ts). */
  bars?: (Bar | undefined)[];
}

export type Comparison =
  | { kind: "tools"; items: Tool[]; rows: CompareRow[]; notices: Notice[] }
  | { kind: "modalities"; items: Modality[]; rows: CompareRow[]; notices: Notice[] }
  | { kind: "none"; items: []; rows: []; notices: Notice[] };

const text = (value: string | undefined): Cell | undefined => (value ? { text: value } : undefined);
/** A method with no session length of its own (socks worn for hours): not a gap in the sources, so not "not found"; its dose says how long. */
const NO_SET_TIME: Cell = { text: "No set session length", missing: true };
/** A row worth a line: some cell says something other than that no item has a set session length. */
const hasSomething = (r: CompareRow) => r.cells.some((c) => c !== undefined && c.text !== NO_SET_TIME.text);
/** A method's risks line, its citations linked (the catalog links them once). */
const risks = (m: Modality | undefined): Cell | undefined => (m?.risksCited ? { cited: m.risksCited } : undefined);
const list = (items: string[]): Cell | undefined => (items.length ? { items } : undefined);

/** A row; `figures`, one per cell, are the numbers its bars draw, for a row of numbers in one unit or currency. */
function row(key: string, label: string, cells: (Cell | undefined)[], figures?: (Figure | undefined)[]): CompareRow {
  // Two gaps are the same to a reader however they are worded ("not found", "does not apply"), and
  // one value is the same whoever gives it: a row differs only where the values themselves do.
  const signature = (c: Cell | undefined) => (!c || c.missing ? "missing" : JSON.stringify({ ...c, source: undefined }));
  const bars = figures && rowBars(figures);
  return { key, label, cells, differs: new Set(cells.map(signature)).size > 1, ...(bars && { bars }) };
}

/** "according to <source>", with what else the reader should know of it. */
const accordingTo = (source: ToolSource, remark = "") => `according to ${formatToolSource(source)}${remark}`;

/** A tool's grade for one outcome is that of the method(s) it delivers; name the method only when there are several. */
function gradeCell(modalities: readonly Modality[], outcome: (typeof OUTCOMES)[number]): Cell {
  const label = (m: Modality) => GRADE_LABELS[m.grades[outcome].grade];
  return modalities.length === 1 ? { text: label(modalities[0]) } : { items: modalities.map((m) => `${m.title}: ${label(m)}`) };
}

/**
 * The rows of a tool comparison, in the order runners weigh a choice (price and running costs,
 * whether it works, time per session, body area, portability, safety) before the finer specs.
 */
export function toolRows(tools: readonly Tool[], catalog: Catalog): CompareRow[] {
  const modalitiesOf = tools.map((t) => catalog.modalitiesForTool(t.slug));
  const main = modalitiesOf.map((ms) => ms[0]);
  // The shared category's bench leads, so products of a kind line up on the same facts; tools of
  // different kinds show each bench row where it applies.
  const categories = [...new Set(tools.map((t) => t.category))];
  const benchKeys = [...new Set(categories.flatMap((c) => TOOL_CATEGORIES[c].bench as readonly AttributeKey[]))];
  const benchOf = tools.map((t) => new Map(benchRows(t).map((r) => [r.key, r])));
  const benchCell = (r: BenchRow | undefined): Cell => {
    if (!r) return { text: "Does not apply to this kind of product", missing: true };
    // a hole ("not published", "not found") has no source
    if (!r.source) return { text: r.text, missing: true };
    return { text: r.text, source: accordingTo(r.source, r.note ? `. ${r.note}` : "") };
  };

  const pricedMarkets = MARKETS.filter((m) => tools.some((t) => t.prices[m]));
  const rows = [
    // Price is what runners weigh first, so when no compared tool has one the row still leads and says so.
    ...(pricedMarkets.length ? [] : [row("price", "Price", tools.map(() => ({ text: "No price found in any market", missing: true as const })))]),
    // One row per market, so no row mixes currencies; a market no tool is priced in has no row.
    ...pricedMarkets.map((m) => {
      const prices = tools.map((t) => priceIn(t, m));
      return row(
        `price-${m.toLowerCase()}`,
        `Price, ${MARKET_LABELS[m]}`,
        prices.map((p) =>
          p ? { text: formatPrice(p), source: accordingTo(p.source, p.stale ? `; ${p.stale}, so possibly stale` : "") } : { text: "No price found in this market", missing: true },
        ),
        prices.map((p) => p && moneyFigure(p.amount, p.upTo)),
      );
    }),
    row("running-costs", "Running costs", tools.map((t) => text(t.runningCosts?.note))),
    row("status", "Status", tools.map((t) => (t.replacedBy ? { text: `Discontinued: replaced by ${replacementFor(catalog, t)?.title ?? t.replacedBy}` } : undefined))),
    ...benchKeys.map((key) =>
      row(
        `bench-${key}`,
        ATTRIBUTES[key].label,
        benchOf.map((b) => benchCell(b.get(key))),
        benchOf.map((b) => b.get(key)?.figure),
      ),
    ),
    row("modalities", "Methods it delivers", modalitiesOf.map((ms) => ({ links: ms.map((m) => ({ href: m.href, label: m.title })) }))),
    ...OUTCOMES.map((o) => row(`evidence-${o}`, `Evidence: ${OUTCOME_LABELS[o]}`, modalitiesOf.map((ms) => gradeCell(ms, o)))),
    row(
      "session",
      "Time per session",
      main.map((m) => m && (m.sessionMinutes ? { text: `${formatRange(m.sessionMinutes, "min")} (typical for the method)` } : NO_SET_TIME)),
      main.map((m) => figureOf(m?.sessionMinutes, "min")),
    ),
    row("body-areas", "Body areas", tools.map((t) => list(t.bodyAreas.map(bodyAreaLabel)))),
    row("risks", "Safety", main.map(risks)),
    row("brand", "Brand", tools.map((t) => text(t.brand))),
    row("best-for", "Best for", tools.map((t) => list(t.bestFor))),
    row("pros", "Pros", tools.map((t) => list(t.pros))),
    row("cons", "Cons", tools.map((t) => list(t.cons))),
    row("alternative", "Cheaper or free alternative", tools.map((t) => text(t.alternative.note))),
  ];
  return rows.filter(hasSomething);
}

/** The rows of a modality comparison: evidence first, then what it costs in money, time and risk. */
export function modalityRows(modalities: readonly Modality[], catalog: Catalog): CompareRow[] {
  const rows = [
    ...OUTCOMES.map((o) =>
      row(
        `evidence-${o}`,
        `Evidence: ${OUTCOME_LABELS[o]}`,
        modalities.map((m) => {
          const { summary } = m.evidence[o];
          const studies = m.grades[o].entries.map((e) => ({ label: citeLabel(e.study), href: e.study.href }));
          const text = `${GRADE_LABELS[m.grades[o].grade]}. ${summary}`;
          return studies.length ? { cited: [`${text} (`, ...studies.flatMap((link, i) => (i ? ["; ", link] : [link])), ")"] } : { text };
        }),
      ),
    ),
    row(
      "cost",
      "Cost",
      modalities.map((m) => m.cost && { text: formatPrice({ amount: m.cost.from, upTo: m.cost.to, currency: m.cost.currency }), ...(m.cost.note && { note: m.cost.note }) }),
      // one currency to a scale: costs given in different currencies get no bars
      new Set(modalities.flatMap((m) => (m.cost ? [m.cost.currency] : []))).size === 1 ? modalities.map((m) => m.cost && moneyFigure(m.cost.from, m.cost.to)) : undefined,
    ),
    row("session", "Time per session", modalities.map((m) => (m.sessionMinutes ? { text: formatRange(m.sessionMinutes, "min") } : NO_SET_TIME)), modalities.map((m) => figureOf(m.sessionMinutes, "min"))),
    row("dose", "Dose", modalities.map((m) => text(m.dose))),
    row("timing", "Timing", modalities.map((m) => text(m.timing))),
    row("setting", "Where", modalities.map((m) => list(m.setting.map(capitalised)))),
    row("body-areas", "Body areas", modalities.map((m) => list(m.bodyAreas.map(bodyAreaLabel)))),
    row("risks", "Risks", modalities.map(risks)),
    row(
      "tools",
      "Equipment and tools",
      modalities.map((m) => {
        const tools = catalog.toolsForModality(m.slug);
        return tools.length ? { links: tools.map((t) => ({ href: t.href, label: t.title })) } : { text: "None needed" };
      }),
    ),
  ];
  return rows.filter(hasSomething);
}

/** The parameters the compare form's page reads (lib/web/cache-key.ts). */
export const COMPARE_PARAMS = ["tools", "modalities"] as const;

export type CompareQuery = Partial<Record<(typeof COMPARE_PARAMS)[number], string | string[]>>;

type WithoutRows<T> = T extends unknown ? Omit<T, "rows"> : never;

/** What a query asks to compare: the items it names, in its order, and a notice for everything left out. */
export type Selection = WithoutRows<Comparison>;

/** Reads `?tools=` or `?modalities=`; nothing in the query can make it throw. */
export function selectComparison(query: CompareQuery, catalog: Catalog): Selection {
  const toolSlugs = readList(query.tools);
  const modalitySlugs = readList(query.modalities);
  const notices: Notice[] = [];

  if (toolSlugs.length && modalitySlugs.length) {
    notices.push({ value: "modalities", reason: "was ignored: compare tools or methods, not both at once" });
  }
  if (toolSlugs.length) {
    const { picked, notices: more } = pickEntries(toolSlugs, catalog.tools, "tool", MAX_COMPARED);
    return { kind: "tools", items: picked, notices: [...notices, ...more] };
  }
  if (modalitySlugs.length) {
    const { picked, notices: more } = pickEntries(modalitySlugs, catalog.modalities, "method", MAX_COMPARED);
    return { kind: "modalities", items: picked, notices: [...notices, ...more] };
  }
  return { kind: "none", items: [], notices };
}

/** A selection with the table's rows. */
export function withRows(selection: Selection, catalog: Catalog): Comparison {
  if (selection.kind === "tools") return { ...selection, rows: toolRows(selection.items, catalog) };
  if (selection.kind === "modalities") return { ...selection, rows: modalityRows(selection.items, catalog) };
  return { ...selection, rows: [] };
}

/** The selection a query makes, with the table's rows. */
export function buildComparison(query: CompareQuery, catalog: Catalog): Comparison {
  return withRows(selectComparison(query, catalog), catalog);
}

/** Comparisons readers ask for most (see the research notes), offered when nothing is chosen yet. */
const SUGGESTED: { kind: "tools" | "modalities"; slugs: string[] }[] = [
  { kind: "tools", slugs: ["normatec-3", "rapid-reboot"] },
  { kind: "tools", slugs: ["theragun-pro", "hypervolt-2-pro", "foam-roller"] },
  { kind: "tools", slugs: ["compex-sport-elite-2", "powerdot-2"] },
  { kind: "modalities", slugs: ["cold-water-immersion", "cryotherapy-chamber", "contrast-water-therapy"] },
  { kind: "modalities", slugs: ["pneumatic-compression", "compression-garments", "elevation"] },
  { kind: "modalities", slugs: ["percussion-massage", "foam-rolling", "massage"] },
];

export function suggestedComparisons(catalog: Catalog): { href: CompareHref; label: string }[] {
  return SUGGESTED.flatMap(({ kind, slugs }) => {
    const entries = slugs.map((s) => (kind === "tools" ? catalog.tool(s) : catalog.modality(s)));
    if (entries.some((e) => !e)) return [];
    return [{ href: compareHref(kind, slugs), label: entries.map((e) => e!.title).join(" vs ") }];
  });
}

/** What the compare page offers to choose from, as plain data for its forms and suggestions. */
export interface CompareChoices {
  tools: readonly { slug: string; title: string }[];
  modalities: readonly { slug: string; title: string }[];
  suggestions: { href: CompareHref; label: string }[];
}

export function compareChoices(catalog: Catalog): CompareChoices {
  const pick = (e: { slug: string; title: string }) => ({ slug: e.slug, title: e.title });
  return { tools: catalog.tools.map(pick), modalities: catalog.modalities.map(pick), suggestions: suggestedComparisons(catalog) };
}

/** The page title for a comparison, naming what is compared. */
export function comparisonTitle(comparison: Comparison): string {
  if (comparison.items.length === 0) return "Compare recovery tools and methods";
  return `Compare ${comparison.items.map((i) => i.title).join(" vs ")}`;
}

export interface CompareColumn {
  slug: string;
  title: string;
  href: Route;
  /** The same comparison without this item. */
  removeHref: CompareHref;
}

export function compareColumns(comparison: Comparison): CompareColumn[] {
  if (comparison.kind === "none") return [];
  const slugs = comparison.items.map((i) => i.slug);
  return comparison.items.map((item) => ({
    slug: item.slug,
    title: item.title,
    href: item.href,
    removeHref: compareHref(comparison.kind, slugs.filter((s) => s !== item.slug)),
  }));
}

/**
 * Where a valid but untidy request (a form's repeated or blank parameters, extra keys) should be
 * redirected, so every comparison has one short, shareable URL; undefined when it is already tidy
 * or when there are notices to show. (proxy.ts sends a tidy query on to its kept path, unless no
 * more comparisons may be kept: then the compare page renders it as it is.)
 */
export function canonicalRedirect(query: CompareQuery & Record<string, unknown>, comparison: Comparison): CompareHref | undefined {
  if (comparison.kind === "none" || comparison.notices.length) return undefined;
  const raw = comparison.kind === "tools" ? query.tools : query.modalities;
  const tidy = !Array.isArray(raw) && Object.keys(query).length === 1;
  return tidy ? undefined : compareHref(comparison.kind, comparison.items.map((i) => i.slug));
}
