import { deflateRawSync, inflateRawSync } from "node:zlib";
import { BUDGETS } from "../catalog/budgets";
import { marketParam } from "../catalog/markets";
import { DAYS, namesItsWeek } from "../catalog/plan-input";
import { BODY_AREAS, MARKETS, PLAN_SETTINGS, SESSION_KINDS, SITUATIONS, TIMES_OF_DAY } from "../content/vocabulary";
import { canonicalQuery } from "./cache-key";
import { KEPT_QUERY_PAGES, MAX_KEPT_KEY_LENGTH, type KeptQueryPage } from "./kept-query-routes";

/**
 * The finder, search and planner answer from their query, so Next renders them on every request,
 * at a tenth to a third of the rate it serves a prerendered page. Yet each is a pure function of
 * its canonical URL and the build (lib/web/cache-key.ts; a plan once its URL names its week). So a
 * canonical URL is rewritten to an internal path that holds its query (/finder/kept/<key>,
 * lib/web/kept-query-routes.ts), a route Next renders on its first request and then keeps (ISR),
 * as it keeps tidy comparisons; the reader's address stays the canonical one.
 *
 * The key is the query, deflated against a dictionary of the words these queries use, in
 * base64url: one path segment of letters, digits, - and _, which no decoding can split and any
 * file system can store. A full week's plan (about 240 characters of query) fits in about 130.
 */
export { KEPT_QUERY_PAGES, type KeptQueryPage };

/** Per page and per process: a search's key space is every string, so a cap keeps a flood from being kept. */
export const MAX_KEPT_QUERY_PAGES = 1_000;
// The longest query kept: keptQueryKey keeps none longer, and keptQuery inflates no key further.
const MAX_QUERY_BYTES = 8_192;
// What the finder's, the planner's and search's queries are made of, from the vocabulary their
// forms offer; deflate finds repeats in it. Changing it changes every key, which is harmless: kept
// pages are found by key, and a new key is a first render.
const DICTIONARY = Buffer.from(
  [
    ...SITUATIONS.map((s) => `situation=${s}`),
    ...BODY_AREAS.map((a) => `area=${a}`),
    ...PLAN_SETTINGS.map((s) => `setting=${s}`),
    ...MARKETS.map((m) => `market=${marketParam(m)}`),
    ...BUDGETS.map((b) => `budget=${b}`),
    ...DAYS.map((d) => `${d}=`),
    ...SESSION_KINDS.flatMap((k) => TIMES_OF_DAY.map((t) => `${k}.${t}`)),
    "week=20",
    "race=20",
    "minutes=",
    "own=",
    "q=",
  ].join("&"),
);

const isKeptQueryPage = (pathname: string): pathname is KeptQueryPage => Object.hasOwn(KEPT_QUERY_PAGES, pathname);

/**
 * The pages whose canonical query alone does not fix the page, and what it must hold for it to:
 * a plan must name its week. Any page not listed is fixed by its query.
 */
const FIXED_WHEN: Partial<Record<KeptQueryPage, (query: URLSearchParams) => boolean>> = { "/plan": namesItsWeek };
const isPure = (page: KeptQueryPage, query: string) => FIXED_WHEN[page]?.(new URLSearchParams(query)) ?? true;

/**
 * The key a canonical query URL's page is kept under, or undefined when the page is not kept that
 * way: another page, no query (the empty form is cheap), a plan for whatever week is current, or a
 * query too long for a key or to be inflated from one.
 */
export function keptQueryKey(pathname: string, query: string): string | undefined {
  if (!isKeptQueryPage(pathname) || !query || !isPure(pathname, query)) return undefined;
  // A long query that deflates well (one word repeated) makes a short key that keptQuery would
  // refuse to inflate, so its page answered "not found"; such a query is rendered, not kept.
  if (Buffer.byteLength(query) > MAX_QUERY_BYTES) return undefined;
  const key = deflateRawSync(Buffer.from(query), { dictionary: DICTIONARY, level: 9 }).toString("base64url");
  return key.length <= MAX_KEPT_KEY_LENGTH ? key : undefined;
}

/** The internal path of that page: its route and its key. */
export function keptQueryPath(pathname: string, query: string): string | undefined {
  const key = keptQueryKey(pathname, query);
  return key && `${KEPT_QUERY_PAGES[pathname as KeptQueryPage]}/${key}`;
}

/**
 * The query a kept route's key holds, or undefined unless the key is exactly what keptQueryKey
 * makes for a canonical query, so that no other spelling of a query is rendered and kept.
 */
export function keptQuery(page: KeptQueryPage, key: string): URLSearchParams | undefined {
  if (!key || key.length > MAX_KEPT_KEY_LENGTH) return undefined;
  let query: string;
  try {
    query = inflateRawSync(Buffer.from(key, "base64url"), { dictionary: DICTIONARY, maxOutputLength: MAX_QUERY_BYTES }).toString();
  } catch {
    return undefined; // not deflate data, or more than any kept query
  }
  if (keptQueryKey(page, query) !== key) return undefined;
  const params = new URLSearchParams(query);
  return canonicalQuery(page, params) === query ? params : undefined;
}

/**
 * For a request made straight to an internal path (under /finder/kept/ and the like): the public
 * URL it stands for, which a reader is sent to; the page itself when the key holds no canonical
 * query. Undefined for any other path.
 */
export function publicUrlOfKeptPath(pathname: string): string | undefined {
  for (const [page, base] of Object.entries(KEPT_QUERY_PAGES) as [KeptQueryPage, string][]) {
    if (pathname !== base && !pathname.startsWith(`${base}/`)) continue;
    const [key = "", ...rest] = pathname.slice(base.length + 1).split("/");
    const query = rest.length ? undefined : keptQuery(page, key);
    return query ? `${page}?${query}` : page;
  }
  return undefined;
}
