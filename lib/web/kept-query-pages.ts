import { canonicalQuery } from "./cache-key";
import { KEPT_QUERY_PAGES, type KeptQueryPage } from "./kept-query-routes";

/**
 * The finder and search answer from their query, so Next renders them on every request, at a
 * quarter or a third of the rate it serves a prerendered page. Yet each is a pure function of its
 * canonical URL and the build (lib/web/cache-key.ts). So a canonical URL is rewritten to an
 * internal path that holds its query (/finder/kept/<key>, lib/web/kept-query-routes.ts), a route
 * Next renders on its first request and then keeps (ISR), as it keeps tidy comparisons; the
 * reader's address stays the canonical one. The key is the query in base64url: one path segment
 * of letters, digits, - and _, which no decoding can split and any file system can store.
 */
export { KEPT_QUERY_PAGES, type KeptQueryPage };

/** Per page and per process: a search's key space is every string, so a cap keeps floods off the disk. */
export const MAX_KEPT_QUERY_PAGES = 1_000;
// Next stores a kept page as files named after its key, and file names stop at 255 bytes
// (KEPT_KEY_PATTERN, which the rewrite matches, says the same).
const MAX_KEY_LENGTH = 200;

const isKeptQueryPage = (pathname: string): pathname is KeptQueryPage => Object.hasOwn(KEPT_QUERY_PAGES, pathname);

/**
 * The key a canonical query URL's page is kept under, or undefined when the page is not kept that
 * way: another page, no query (the empty form is cheap), or a query too long for a key.
 */
export function keptQueryKey(pathname: string, query: string): string | undefined {
  if (!isKeptQueryPage(pathname) || !query) return undefined;
  const key = Buffer.from(query).toString("base64url");
  return key.length <= MAX_KEY_LENGTH ? key : undefined;
}

/** The internal path of that page: its route and its key. */
export function keptQueryPath(pathname: string, query: string): string | undefined {
  const key = keptQueryKey(pathname, query);
  return key && `${KEPT_QUERY_PAGES[pathname as KeptQueryPage]}/${key}`;
}

/**
 * The query a kept route's key holds, or undefined unless the key is exactly what keptQueryPath
 * makes for a canonical query, so that no other spelling of a query is rendered and kept.
 */
export function keptQuery(page: KeptQueryPage, key: string): URLSearchParams | undefined {
  const query = Buffer.from(key, "base64url").toString();
  if (keptQueryKey(page, query) !== key) return undefined;
  const params = new URLSearchParams(query);
  return canonicalQuery(page, params) === query ? params : undefined;
}

/**
 * For a request made straight to an internal path (under /finder/kept/ or /search/kept/): the
 * public URL it stands for, which a reader is sent to; the page itself when the key holds no
 * canonical query. Undefined for any other path.
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
