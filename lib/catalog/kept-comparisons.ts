import type { Catalog } from "./catalog";
import { compareHref, MIN_COMPARED, selectComparison, withRows, type CompareQuery, type Comparison, type KeptComparisonHref, type Selection } from "./compare";

/**
 * A tidy comparison (2 to 4 known slugs of one kind, none repeated) is what readers share and
 * search engines index, and its page depends on nothing but the content, which is fixed for a
 * build. So it has a path of its own, /compare/tools/a/b (compareHref), served by
 * compare/[kind]/[...slugs]: a route Next renders on the first request and then keeps in its
 * cache (ISR), like a prerendered page. proxy.ts redirects the same comparison asked as a query
 * (/compare?tools=a,b) to that path, and any other path under /compare/ to the query form, where
 * the compare page explains what is wrong with it. Everything else about /compare (notices,
 * redirects, the empty form) renders per request.
 */

const KINDS = ["tools", "modalities"];

/**
 * The selection `?kind=value` makes when it is a tidy comparison, or null: the value must already
 * be the canonical list of a selection of that kind with no notices and enough items to compare.
 */
function tidySelection(kind: string, value: string, catalog: Catalog): Selection | null {
  const selection = selectComparison({ [kind]: value } as CompareQuery, catalog);
  const slugs = selection.items.map((item) => item.slug);
  const tidy = selection.kind === kind && selection.notices.length === 0 && slugs.length >= MIN_COMPARED && value === slugs.join(",");
  return tidy ? selection : null;
}

/** The same for the segments of a path under /compare/ (<kind>/<slug>/...). */
function tidySegments(kind: string, slugs: string[], catalog: Catalog): Selection | null {
  // One slug per segment: ["a,b"] selects what ["a", "b"] does, but it is not that comparison's path.
  if (slugs.some((slug) => slug.includes(","))) return null;
  return tidySelection(kind, slugs.join(","), catalog);
}

/** A tidy selection's kept path, /compare/<kind>/<slug>/... */
function keptPathOf(selection: Selection | null): KeptComparisonHref | null {
  if (!selection || selection.kind === "none") return null;
  return compareHref(selection.kind, selection.items.map((item) => item.slug)) as KeptComparisonHref;
}

/** The kept path of a query that is a single tidy parameter, such as ?tools=a,b; otherwise null. */
export function keptComparisonPath(query: URLSearchParams, catalog: Catalog): KeptComparisonHref | null {
  const keys = [...query.keys()];
  if (keys.length !== 1) return null;
  return keptPathOf(tidySelection(keys[0], query.get(keys[0])!, catalog));
}

/**
 * The comparison the kept route shows for its own segments, or null when they are not exactly a
 * tidy comparison, so that no other path is rendered and kept.
 */
export function keptComparison(kind: string, slugs: string[], catalog: Catalog): Comparison | null {
  const selection = tidySegments(kind, slugs, catalog);
  return selection && withRows(selection, catalog);
}

/** A path under /compare/ as its kind and its %-decoded slugs; null when a slug does not decode. */
function segmentsOf(pathname: string): { kind: string; slugs: string[] } | null {
  const [kind = "", ...slugs] = pathname.split("/").slice(2).filter(Boolean);
  try {
    return { kind, slugs: slugs.map((slug) => decodeURIComponent(slug)) };
  } catch {
    return null;
  }
}

/**
 * For a path under /compare/: the kept path it names (itself, or its plain spelling when a slug
 * was %-escaped), or null when it names no tidy comparison.
 */
export function keptComparisonAt(pathname: string, catalog: Catalog): KeptComparisonHref | null {
  const segments = segmentsOf(pathname);
  return keptPathOf(segments && tidySegments(segments.kind, segments.slugs, catalog));
}

/**
 * The query form of a path under /compare/ (/compare/tools/a/b is /compare?tools=a,b): the compare
 * page answers every query, wrong ones with a notice, so a path that names no tidy comparison, or
 * one that cannot be kept right now, is sent there.
 */
export function comparisonQueryUrl(pathname: string): `/compare${string}` {
  const segments = segmentsOf(pathname);
  if (!segments || !KINDS.includes(segments.kind) || !segments.slugs.length) return "/compare";
  return `/compare?${segments.kind}=${segments.slugs.map(encodeURIComponent).join(",")}`;
}

/**
 * Every ordered choice of 2 to 4 items is a distinct page, far more than are ever read, so the
 * number one server process lets Next keep is capped; past it, new comparisons render per request.
 */
export const MAX_KEPT_COMPARISONS = 2_000;
