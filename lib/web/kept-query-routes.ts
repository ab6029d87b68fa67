/**
 * Where the kept finder, search and planner pages live, and how a request reaches them (lib/web/kept-query-pages.ts
 * says why). proxy.ts picks a request to keep and names its key in a request header; a rewrite in
 * next.config.ts then sends it to the kept route. A rewrite from the proxy itself would do the same
 * in one step, but Next resolves such a rewrite against the address the server listens on and
 * treats it as another host when that is 127.0.0.1 (which it calls localhost), so behind nginx
 * every kept page would be fetched over HTTP from itself. Both files read these; nothing heavy
 * is imported here, since next.config.ts loads it.
 */
export const KEPT_QUERY_PAGES = { "/finder": "/finder/kept", "/search": "/search/kept", "/plan": "/plan/kept" } as const;
export type KeptQueryPage = keyof typeof KEPT_QUERY_PAGES;

/** The request header proxy.ts names a kept page's key in; it removes any a reader sends. */
export const KEPT_KEY_HEADER = "x-recovery-kept-key";
/** The longest key kept: Next stores a kept page as files named after its key, and file names stop at 255 bytes. */
export const MAX_KEPT_KEY_LENGTH = 200;
/** A key as keptQueryKey makes it: base64url, short enough to name a file. */
export const KEPT_KEY_PATTERN = `[A-Za-z0-9_-]{1,${MAX_KEPT_KEY_LENGTH}}`;

/** next.config.ts's rewrites, before Next looks for a page, so that /finder's own page does not answer first. */
export function keptQueryRewrites() {
  return Object.entries(KEPT_QUERY_PAGES).map(([page, base]) => ({
    source: page,
    has: [{ type: "header" as const, key: KEPT_KEY_HEADER, value: `(?<key>${KEPT_KEY_PATTERN})` }],
    destination: `${base}/:key`,
  }));
}
