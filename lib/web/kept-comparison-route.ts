/**
 * The seam between proxy.ts and next.config.ts for kept comparisons (see lib/catalog/kept-comparisons.ts).
 * The proxy decides whether a request is a tidy comparison and names its kept path in a request
 * header; a rewrite in next.config.ts then serves that path. The rewrite cannot be the proxy's
 * own: Next 16 treats a proxy rewrite as an external URL when `next start` is bound to 127.0.0.1
 * (vercel/next.js#94745), as it is behind nginx, and proxies the request back to itself.
 * This file has no imports because next.config.ts loads it.
 */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The route that renders and keeps tidy comparisons. */
export const KEPT_COMPARISON_ROUTE = "/compare/[kind]/[...slugs]";

/** Request header carrying a kept comparison's path after /compare/, such as `tools/a/b`; set only by proxy.ts. */
export const KEPT_COMPARISON_HEADER = "x-kept-comparison";

/** next.config.ts rewrites: /compare with the header becomes /compare/<kind>/<slug>/<slug>..., one rule per number of items. */
export function keptComparisonRewrites() {
  return Array.from({ length: MAX_COMPARED - MIN_COMPARED + 1 }, (_, i) => {
    const names = Array.from({ length: MIN_COMPARED + i }, (_, n) => `s${n + 1}`);
    return {
      source: "/compare",
      has: [{ type: "header" as const, key: KEPT_COMPARISON_HEADER, value: `(?<kind>tools|modalities)${names.map((n) => `/(?<${n}>[a-z0-9-]+)`).join("")}` }],
      destination: `/compare/:kind/${names.map((n) => `:${n}`).join("/")}`,
    };
  });
}
