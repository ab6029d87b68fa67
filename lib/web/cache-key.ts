import { COMPARE_PARAMS } from "../catalog/compare";
import { FINDER_PARAMS } from "../catalog/finder";
import { PLAN_PARAMS } from "../catalog/plan-input";
import { TOOL_FILTER_PARAMS } from "../catalog/tool-filter";
import { encodeQueryValue } from "./query-encoding";

/**
 * The pages rendered per request from their query string, and the parameters each reads, in the
 * order its form sends them (each list lives beside the code that reads the query). Every such page is a pure function of its URL and the build, so it
 * can be cached by URL (deploy/README.md); this list is what makes equivalent URLs one URL.
 * A browser test submits each page's form and checks that it sends exactly these, in this order.
 */
export const QUERY_PAGES: Readonly<Record<string, readonly string[]>> = {
  "/search": ["q"],
  "/finder": FINDER_PARAMS,
  "/plan": PLAN_PARAMS,
  "/tools/browse": TOOL_FILTER_PARAMS,
  "/compare": COMPARE_PARAMS,
};

/**
 * The one query string (without "?") every URL equivalent to this one shares, or undefined when
 * the path is not a query page. Equivalent means the page reads them alike: parameter names in
 * any case and order, unknown parameters, and any encoding of the same values. The page's
 * parameters come in its form's order; the values of a repeated one keep their order, which can
 * matter (the sessions of a day in the planner, the columns of a comparison). Values keep their
 * case: a search box shows what was typed.
 */
export function canonicalQuery(pathname: string, params: URLSearchParams): string | undefined {
  const names = QUERY_PAGES[pathname];
  if (!names) return undefined;
  const values = new Map<string, string[]>();
  for (const [key, value] of params) {
    const name = key.toLowerCase();
    if (names.includes(name)) values.set(name, [...(values.get(name) ?? []), value]);
  }
  return names.flatMap((name) => (values.get(name) ?? []).map((value) => `${name}=${encodeQueryValue(value)}`)).join("&");
}

/**
 * For a query page: the URL its equivalents share (and its canonical query alone), and whether this request must be sent there
 * (it names parameters the page does not read, in another order, or in another case). How a value
 * was percent-encoded never calls for a redirect, so a canonical URL never redirects to itself.
 * Undefined for any other page.
 */
export function queryPageUrl(pathname: string, params: URLSearchParams): { url: string; query: string; redirect: boolean } | undefined {
  const canonical = canonicalQuery(pathname, params);
  if (canonical === undefined) return undefined;
  const sent = [...params].map(([name, value]) => `${name}=${encodeQueryValue(value)}`).join("&");
  return { url: canonical ? `${pathname}?${canonical}` : pathname, query: canonical, redirect: sent !== canonical };
}

/**
 * How long a shared cache may keep a query page, and serve it stale while it refreshes: a few
 * minutes, since a page without a `week` plans the current week and prices age by the day.
 * Browsers keep nothing (max-age=0): a reader's next visit asks again, and nginx answers.
 */
export const QUERY_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=60";
