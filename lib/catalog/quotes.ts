import { QUOTE_ATTRIBUTE, type PlaceholderKind } from "../content/quote-syntax";
import { EFFECT_MEASURES, EFFECT_MEASURE_LABELS, EFFECT_MEASURE_MEANINGS, GRADE_LABELS, OUTCOMES, type Outcome } from "../content/vocabulary";
import { LARGE_EFFECT, MODERATE_EFFECT, TRIVIAL_EFFECT } from "../content/effects";
import type { Modality, Study, Tool } from "./catalog";
import { whyAnchor } from "./evidence";
import { citeLabel } from "../content/citation-syntax";
import { formatEffect, formatList, formatPrice, formatToolSource } from "./format";
import { allPrices, allRunningCosts } from "./markets";
import { COUNTING_RULES, GRADING_RULES } from "./grading";
import { GRADING_RULE_ID, READING_NUMBERS_ID } from "./anchors";

/** What quotes are filled in from: the catalog's entries, graded. */
export interface QuoteSources {
  modality(slug: string): Modality | undefined;
  study(slug: string): Study | undefined;
  tool(slug: string): Tool | undefined;
  /** The study a citation's label names: "Machado 2016". */
  citedAs(label: string): Study | undefined;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A quote links to its fact's home, except on that page itself, where a link would lead nowhere. */
const linkOrText = (className: string, href: string, html: string, self: string | undefined) =>
  href === self ? `<span class="${className}">${html}</span>` : `<a class="${className}" href="${escape(href)}">${html}</a>`;

function gradeQuote(target: string, sources: QuoteSources, self?: string): string | undefined {
  const [slug, outcome] = target.split("/");
  const modality = sources.modality(slug);
  if (!modality || !(OUTCOMES as readonly string[]).includes(outcome)) return undefined;
  const { grade } = modality.grades[outcome as Outcome];
  return linkOrText(`quote quote--grade grade-text--${grade}`, `${modality.href}#${whyAnchor(outcome as Outcome)}`, escape(lowerFirst(GRADE_LABELS[grade])), self);
}

/**
 * An effect with its study named after it, unless the same paragraph, item or cell last named that
 * study (`lastNamedHref`), with no other quote or citation since: "(Wiewelhove 2019)" three times
 * in two sentences reads as noise, not as sourcing.
 */
function effectQuote(target: string, sources: QuoteSources, self?: string, lastNamedHref?: string): string | undefined {
  const [slug, id] = target.split("/");
  const study = sources.study(slug);
  const result = study?.results.find((r) => r.id === id);
  if (!study || !result) return undefined;
  const effect = escape(formatEffect(result));
  return study.href === lastNamedHref ? effect : `${effect} (${linkOrText("quote quote--effect", study.href, escape(citeLabel(study)), self)})`;
}

function priceQuote(target: string, sources: QuoteSources, self?: string): string | undefined {
  const tool = sources.tool(target);
  const prices = tool ? allPrices(tool) : [];
  if (!tool || prices.length === 0) return undefined;
  // Each price in its own market, never converted, so a sentence never mixes currencies in one figure.
  const each = prices.map((p) => `${escape(formatPrice(p))} in ${MARKET_PLACE[p.market]}, according to ${escape(formatToolSource(p.source))}`);
  return linkOrText("quote quote--price", tool.href, each.join("; "), self);
}

/**
 * A year's running costs (a membership, say) in every market that has one, each in its own
 * currency; markets that share a source name it once: "$69.99 a year in the US and £69.99 in the
 * UK, according to …".
 */
function runningCostQuote(target: string, sources: QuoteSources, self?: string): string | undefined {
  const tool = sources.tool(target);
  const costs = tool ? allRunningCosts(tool) : [];
  if (!tool || costs.length === 0) return undefined;
  const each = [...new Set(costs.map((c) => c.source))].map((source) => {
    const sums = costs.filter((c) => c.source === source).map((c, i) => `${escape(formatPrice(c))}${i === 0 ? " a year" : ""} in ${MARKET_PLACE[c.market]}`);
    return `${formatList(sums)}, according to ${escape(formatToolSource(source))}`;
  });
  return linkOrText("quote quote--price", tool.href, each.join("; "), self);
}

/** A citation in running text, linked to the study's page. */
function citation(label: string, sources: QuoteSources, self?: string): string | undefined {
  const study = sources.citedAs(label);
  return study && linkOrText("quote quote--cite", study.href, escape(label), self);
}

const MARKET_PLACE = { US: "the US", UK: "the UK", EU: "the eurozone", AU: "Australia", CA: "Canada" } as const;

/** The rule table's columns that a phone names beside each value, written once with its header row. */
const RULE_COLUMNS = { order: "Order", when: "When" } as const;

/** The rule table, rendered from the same code that grades every outcome. */
export function gradingRulesHtml(): string {
  const counting = COUNTING_RULES.map((rule) => `<li>${escape(rule)}</li>`).join("");
  const rows = GRADING_RULES.map(
    (rule, i) =>
      `<tr><td data-label="${RULE_COLUMNS.order}">${i + 1}</td><th scope="row"><span class="grade grade--${rule.grade}"><span class="grade__label">${escape(GRADE_LABELS[rule.grade])}</span></span></th><td data-label="${RULE_COLUMNS.when}">${escape(rule.when)}</td></tr>`,
  ).join("");
  return (
    `<div class="grading-rules" id="${GRADING_RULE_ID}"><p>Which studies count:</p><ul>${counting}</ul>` +
    `<table class="data-table grading-rules__table rows-on-phone"><caption>The grading rule: conditions are tried in this order, and the first that fits decides the grade</caption>` +
    `<thead><tr><th scope="col">${RULE_COLUMNS.order}</th><th scope="col">Grade</th><th scope="col">${RULE_COLUMNS.when}</th></tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

/** What the numbers on the site's pages mean, from the same code that words and grades them. */
export function readingNumbersHtml(): string {
  const item = (term: string, meaning: string) => `<dt>${escape(term)}</dt><dd>${escape(meaning)}</dd>`;
  const measures = EFFECT_MEASURES.map((m) => item(EFFECT_MEASURE_LABELS[m], EFFECT_MEASURE_MEANINGS[m])).join("");
  const size = item(
    "Trivial, small, moderate, large",
    `The size of a standardised effect, by Cohen's thresholds: below ${TRIVIAL_EFFECT} it is trivial, and counts as no meaningful difference; from ${TRIVIAL_EFFECT} it is small, from ${MODERATE_EFFECT} moderate and from ${LARGE_EFFECT} large.`,
  );
  const interval = item(
    "95% CI (confidence interval)",
    "How precise the estimate is: the range of effects the study's data fit well, narrow when the study was large and consistent. When it includes no difference (0, or 1 for a ratio), the study could not tell the groups apart. It need not sit evenly around the estimate: ratios and some corrected estimates lean to one side.",
  );
  const certainty = item(
    "Certainty",
    "A review's own rating of how sure its evidence is, on the GRADE scale from high to very low: at low certainty, the true effect may be quite different from the estimate.",
  );
  return `<dl class="reading-numbers" id="${READING_NUMBERS_ID}">${measures}${size}${interval}${certainty}</dl>`;
}

const RENDER: Record<PlaceholderKind, (target: string, sources: QuoteSources, self?: string, lastNamedHref?: string) => string | undefined> = {
  grade: gradeQuote,
  effect: effectQuote,
  price: priceQuote,
  "running-cost": runningCostQuote,
  "grading-rules": () => gradingRulesHtml(),
  "reading-the-numbers": () => readingNumbersHtml(),
  cite: citation,
};

/** Where a paragraph, list item, table cell or heading starts or ends: a nested list item opens before its parent closes. */
const BLOCK_BOUNDARY = /<\/?(?:p|li|ul|ol|table|tr|td|th|h[1-6]|blockquote|figcaption|dd|dt|div)\b[^>]*>|<br\s*\/?>/;

const PLACEHOLDER = new RegExp(`<(span|div) ${QUOTE_ATTRIBUTE}="([a-z-]+):([^"]*)">([\\s\\S]*?)</\\1>`, "g");

/**
 * Fills every quote placeholder in rendered HTML with the current value. The content check has
 * already refused unknown targets; one that still cannot be filled (its page is a draft left out
 * of this build) keeps the text the editor wrote. `self` is the address of the page the HTML is
 * for: a quote of that page's own fact is text, not a link to where the reader already is.
 */
export function fillQuotes(html: string, sources: QuoteSources, self?: string): string {
  if (!html.includes(QUOTE_ATTRIBUTE)) return html;
  // The study the running text last named, forgotten where a paragraph, item or cell starts or ends.
  let lastNamedHref: string | undefined;
  let lastEnd = 0;
  return html.replace(PLACEHOLDER, (whole, _tag: string, kind: string, rawTarget: string, fallback: string, offset: number) => {
    if (BLOCK_BOUNDARY.test(html.slice(lastEnd, offset))) lastNamedHref = undefined;
    lastEnd = offset + whole.length;
    const target = rawTarget.replace(/&#x26;|&amp;/g, "&");
    const render = Object.hasOwn(RENDER, kind) ? RENDER[kind as keyof typeof RENDER] : undefined;
    const filled = render?.(target, sources, self, lastNamedHref);
    lastNamedHref = filled === undefined ? undefined : studyNamed(kind, target, sources);
    return filled ?? fallback;
  });
}

/** The page of the study a filled citation or effect named, if it named one. */
function studyNamed(kind: string, target: string, sources: QuoteSources): string | undefined {
  if (kind === "cite") return sources.citedAs(target)?.href;
  if (kind === "effect") return sources.study(target.split("/")[0])?.href;
  return undefined;
}
