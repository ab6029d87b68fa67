import type { Catalog } from "./catalog";
import { MAX_COMPARED, MIN_COMPARED } from "./kept-comparison-route";

/**
 * A tidy comparison URL (`/compare?tools=a,b`: one parameter, 2 to 4 known slugs, none repeated)
 * is what readers share and search engines index, and its page depends on nothing but the
 * content, which is fixed for a build. So proxy.ts sends it to compare/[kind]/[...slugs],
 * a route Next renders on the first request and then keeps in its cache (ISR), like a
 * prerendered page. Everything else about /compare (notices, redirects, the empty form) still
 * renders per request.
 */
export type KeptKind = "tools" | "modalities";

const KINDS: readonly KeptKind[] = ["tools", "modalities"];

/** The internal path a tidy comparison is kept under, or null when the query is not tidy. */
export function keptComparisonPath(query: URLSearchParams, catalog: Catalog): `/compare/${string}` | null {
  const keys = [...query.keys()];
  if (keys.length !== 1) return null;
  const kind = KINDS.find((k) => k === keys[0]);
  if (!kind) return null;
  const slugs = query.get(kind)!.split(",");
  if (!isKeptSelection(kind, slugs, catalog)) return null;
  return `/compare/${kind}/${slugs.join("/")}`;
}

/** True when these slugs, in this order, make a comparison that has no notices and needs no redirect. */
export function isKeptSelection(kind: string, slugs: readonly string[], catalog: Catalog): kind is KeptKind {
  if (!KINDS.includes(kind as KeptKind)) return false;
  if (slugs.length < MIN_COMPARED || slugs.length > MAX_COMPARED) return false;
  if (new Set(slugs).size !== slugs.length) return false;
  const known = kind === "tools" ? catalog.tool : catalog.modality;
  return slugs.every((slug) => known(slug) !== undefined);
}

/**
 * The public URL for a path under /compare/ that someone requested directly: the internal route
 * is an implementation detail, so its URLs redirect to the query form, which has one page for
 * every input, including wrong ones.
 */
export function publicComparisonUrl(pathname: string): string {
  const [kind, ...slugs] = pathname.split("/").slice(2).filter(Boolean);
  return KINDS.includes(kind as KeptKind) && slugs.length ? `/compare?${kind}=${slugs.map((s) => encodeURIComponent(decodeURIComponent(s))).join(",")}` : "/compare";
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
