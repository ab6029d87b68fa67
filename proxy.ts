import { NextResponse, type NextRequest } from "next/server";
import { getCatalog } from "@/lib/catalog/catalog";
import { comparisonQueryUrl, keptComparisonAt, keptComparisonPath, MAX_KEPT_COMPARISONS } from "@/lib/catalog/kept-comparisons";
import { QUERY_PAGE_CACHE_CONTROL, queryPageUrl } from "@/lib/web/cache-key";
import { contentSecurityPolicy, createNonce, keptPageNonce } from "@/lib/web/csp";
import { KeptPageBudget } from "@/lib/web/kept-page-budget";
import { KEPT_QUERY_PAGES, keptQueryKey, MAX_KEPT_QUERY_PAGES, publicUrlOfKeptPath, type KeptQueryPage } from "@/lib/web/kept-query-pages";
import { KEPT_KEY_HEADER } from "@/lib/web/kept-query-routes";
import { servingManifest } from "@/lib/web/serving-manifest";

const DEV = process.env.NODE_ENV === "development";
// Set only by scripts/serving-manifest.ts for the server it reads the fresh build from, before
// there is a manifest: pages get a policy that allows no inline script at all, and no comparison
// may be rendered and kept, since it would be kept without its nonce.
const MAKING_MANIFEST = process.env.RECOVERY_MAKING_MANIFEST === "1";
const keptComparisons = new KeptPageBudget(MAX_KEPT_COMPARISONS);
const keptQueryPages = Object.fromEntries(Object.keys(KEPT_QUERY_PAGES).map((page) => [page, new KeptPageBudget(MAX_KEPT_QUERY_PAGES)])) as Record<
  KeptQueryPage,
  KeptPageBudget
>;

/**
 * Every document gets a Content-Security-Policy that names the inline scripts it may run
 * (README.md, Security):
 * - prerendered pages by hash, from the manifest `npm run build` writes (lib/web/serving-manifest.ts);
 * - kept comparisons (compare/[kind]/[...slugs], rendered once, then served from Next's cache) by
 *   a nonce made from their path and the build's secret, the same on the first render and later;
 * - pages rendered from their query (search, finder, planner, tools browser, compare form) by a
 *   nonce made from their canonical URL and the build's secret, so they can be cached by URL
 *   (lib/web/cache-key.ts); equivalent URLs are redirected to the canonical one first. A canonical
 *   finder, search or planner URL (a plan that names its week) goes to the route that renders it once and keeps it
 *   (lib/web/kept-query-pages.ts), while its budget lasts; its nonce is still its URL's;
 * - other pages rendered per request (a page not found) by a fresh nonce. Next stamps the nonce on
 *   its scripts when it finds the policy on the request.
 * The matcher below leaves out what is not a document. Paths with a malformed %-escape (such as
 * /tools/%ZZ) get a plain 400: left alone, Next fails to decode the route parameter and answers 500.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return plainText(400, "Bad request: this address contains a malformed %-escape, so it cannot name a page on this site.");
  }
  // In development every page renders on request, and no manifest exists.
  if (DEV) return withPolicy(request, { nonce: createNonce(), dev: true });
  if (MAKING_MANIFEST) {
    if (pathname.startsWith("/compare/")) return plainText(503, "Comparisons are not served while the serving manifest is made.");
    return withPolicy(request, {});
  }

  const manifest = servingManifest();
  if (manifest instanceof Error) return plainText(503, `This server cannot vouch for its pages' scripts, so it serves none.\n${manifest.message}`);

  if (pathname.startsWith("/compare/")) {
    const kept = keptComparisonAt(pathname, getCatalog());
    if (!kept) return redirect(request, comparisonQueryUrl(pathname), 308);
    if (kept !== pathname) return redirect(request, kept, 308);
    // Past the budget, the same comparison is rendered per request from its query form.
    if (!keptComparisons.admit(kept)) return redirect(request, comparisonQueryUrl(kept), 307);
    return withPolicy(request, { nonce: keptPageNonce(kept, manifest.keptPageSecret) });
  }
  if (pathname === "/compare") {
    const kept = keptComparisonPath(searchParams, getCatalog());
    if (kept && keptComparisons.hasRoomFor(kept)) return redirect(request, kept, 308);
  }
  const hashes = manifest.pages[pathname];
  if (hashes) return withPolicy(request, { hashes });
  // The kept finder, search and planner routes are reached only by the rewrite below, which keeps to a
  // budget; asked for directly, they send the reader to the address they stand for.
  const publicUrl = publicUrlOfKeptPath(pathname);
  if (publicUrl) return redirect(request, publicUrl, 308);
  // A page rendered from its query (search, finder, planner, tools browser, compare forms) is cached
  // by URL at the edge: an equivalent URL is sent to the one URL all its equivalents share, and that
  // URL's page gets a nonce made from it and the build, so the page a cache keeps and its policy
  // agree for every reader, as a kept comparison's do (and, like any page rendered on request, the
  // 404 page's hashes, for a query that turns out to name nothing). Client-side navigation payloads
  // (RSC) are left to Next.
  const queryPage = request.headers.has("rsc") ? undefined : queryPageUrl(pathname, searchParams);
  if (queryPage) {
    const key = queryPage.redirect ? undefined : keptQueryKey(pathname, queryPage.query);
    const keeping = key !== undefined && keptQueryPages[pathname as KeptQueryPage].admit(key);
    const response = queryPage.redirect
      ? NextResponse.redirect(new URL(queryPage.url, request.url), 308)
      : withPolicy(request, { nonce: keptPageNonce(queryPage.url, manifest.keptPageSecret), hashes: manifest.notFound }, keeping ? key : undefined);
    response.headers.set("Cache-Control", QUERY_PAGE_CACHE_CONTROL);
    return response;
  }
  // Next answers an unknown path with the prerendered 404 page, whose scripts carry no nonce.
  return withPolicy(request, { nonce: createNonce(), hashes: manifest.notFound });
}

/**
 * The response carries the policy; the request carries it only when there is a nonce, for Next to
 * stamp on the page it renders (a prerendered page is served as built). `keptKey` sends a finder,
 * search or planner query to the route that keeps it (lib/web/kept-query-routes.ts); the header that names
 * it is removed from every request a reader sends, so only this proxy, within its budget, can.
 */
function withPolicy(request: NextRequest, sources: Parameters<typeof contentSecurityPolicy>[0], keptKey?: string) {
  const policy = contentSecurityPolicy(sources);
  let response = NextResponse.next();
  if (sources.nonce || keptKey || request.headers.has(KEPT_KEY_HEADER)) {
    const headers = new Headers(request.headers);
    headers.delete(KEPT_KEY_HEADER);
    if (keptKey) headers.set(KEPT_KEY_HEADER, keptKey);
    if (sources.nonce) headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * Never stored by browsers: whether a tidy query goes to its kept path depends on the budget of the
 * process that answers, and a stored redirect could otherwise send a reader round in a loop.
 */
function redirect(request: NextRequest, to: string, status: 307 | 308) {
  const response = NextResponse.redirect(new URL(to, request.url), status);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function plainText(status: number, message: string) {
  return new NextResponse(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

export const config = {
  // Documents only. Static assets, social images, feeds, the planner's calendar, the sitemap,
  // robots.txt, the search index's files (named as lib/catalog/search-split.ts names them) and the health check are not documents (no policy needed) and are never user-made
  // paths; each is skipped only when its path is exactly such a file, so any other path still
  // reaches the %-escape check.
  matcher: [
    "/((?!_next/|icon\\.svg$|apple-icon$|manifest\\.webmanifest$|robots\\.txt$|sitemap\\.xml$|feed\\.xml$|plan/calendar\\.ics$|plan/data\\.json$|feed\\.json$|atom\\.xml$|search-index/(?:meta|[tnd]-[0-9a-f]{10})\\.json$|healthz$|(?:(?:modalities|tools|guides)/(?:[a-z0-9-]+/)?)?opengraph-image$).*)",
  ],
};
