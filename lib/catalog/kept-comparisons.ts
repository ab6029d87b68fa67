import type { Catalog } from "./catalog";
import { selectComparison, withRows, type CompareQuery, type Comparison, type Selection } from "./compare";
import { MIN_COMPARED } from "../web/kept-comparison-route";

/**
 * A tidy comparison URL (`/compare?tools=a,b`: one parameter, 2 to 4 known slugs, none repeated)
 * is what readers share and search engines index, and its page depends on nothing but the
 * content, which is fixed for a build. So proxy.ts sends it to compare/[kind]/[...slugs],
 * a route Next renders on the first request and then keeps in its cache (ISR), like a
 * prerendered page. Everything else about /compare (notices, redirects, the empty form) still
 * renders per request.
 */

const KINDS = ["tools", "modalities"];

/**
 * The selection `?kind=value` makes when it is a tidy comparison, or null: the value must already
 * be the canonical list (compareHref) of a selection of that kind with no notices and enough
 * items to compare.
 */
function tidySelection(kind: string, value: string, catalog: Catalog): Selection | null {
  const selection = selectComparison({ [kind]: value } as CompareQuery, catalog);
  const slugs = selection.items.map((item) => item.slug);
  const tidy = selection.kind === kind && selection.notices.length === 0 && slugs.length >= MIN_COMPARED && value === slugs.join(",");
  return tidy ? selection : null;
}

/** The internal path a tidy comparison is kept under, or null when the query is not a single tidy parameter. */
export function keptComparisonPath(query: URLSearchParams, catalog: Catalog): `/compare/${string}` | null {
  const keys = [...query.keys()];
  if (keys.length !== 1) return null;
  const selection = tidySelection(keys[0], query.get(keys[0])!, catalog);
  return selection && `/compare/${selection.kind}/${selection.items.map((item) => item.slug).join("/")}`;
}

/**
 * The comparison the kept route shows for its own segments (compare/<kind>/<slug>/...), or null
 * when those segments are not exactly a tidy comparison's kept path: proxy.ts sends only tidy
 * comparisons there, and this keeps any other path from being rendered and kept.
 */
export function keptComparison(kind: string, slugs: string[], catalog: Catalog): Comparison | null {
  // One slug per segment: ["a,b"] selects what ["a", "b"] does, but it is not that comparison's path.
  if (slugs.some((slug) => slug.includes(","))) return null;
  const selection = tidySelection(kind, slugs.join(","), catalog);
  return selection && withRows(selection, catalog);
}

/**
 * The public URL for a path under /compare/ that someone requested directly: the internal route
 * is an implementation detail, so its URLs redirect to the query form, which has one page for
 * every input, including wrong ones.
 */
export function publicComparisonUrl(pathname: string): string {
  const [kind, ...slugs] = pathname.split("/").slice(2).filter(Boolean);
  return KINDS.includes(kind) && slugs.length ? `/compare?${kind}=${slugs.map((s) => encodeURIComponent(decodeURIComponent(s))).join(",")}` : "/compare";
}

/**
 * Every ordered choice of 2 to 4 items is a distinct page, far more than are ever read, so the
 * number kept on disk by one server process is capped; past it, comparisons render per request.
 */
export const MAX_KEPT_COMPARISONS = 2_000;

export class KeptComparisonBudget {
  readonly #admitted = new Set<string>();
  constructor(private readonly max = MAX_KEPT_COMPARISONS) {}

  /** Whether this comparison may be kept: it already is, or there is still room for it. */
  admit(path: string): boolean {
    if (this.#admitted.has(path)) return true;
    if (this.#admitted.size >= this.max) return false;
    this.#admitted.add(path);
    return true;
  }
}
