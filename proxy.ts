import { NextResponse, type NextRequest } from "next/server";
import { getCatalog } from "@/lib/catalog/catalog";
import { contentSecurityPolicy, createNonce, firstRenderNonce } from "@/lib/web/csp";
import { KEPT_COMPARISON_HEADER, KEPT_COMPARISON_ROUTE } from "@/lib/web/kept-comparison-route";
import { KeptComparisonBudget, keptComparisonPath, publicComparisonUrl } from "@/lib/catalog/kept-comparisons";
import { keptPageScriptHashes, notFoundScriptHashes, prerenderedScriptHashes } from "@/lib/web/prerendered-scripts";

const DEV = process.env.NODE_ENV === "development";
const keptComparisons = new KeptComparisonBudget();

/**
 * Every page gets a Content-Security-Policy that names the inline scripts it may run:
 * prerendered and kept pages by hash, pages rendered on demand by a nonce that Next stamps on
 * its own scripts when it finds the policy on the request.
 * Tidy comparisons are sent to the route that keeps them (lib/catalog/kept-comparisons.ts).
 * Paths with a malformed %-escape (such as /tools/%ZZ) get a plain 400: left alone, Next fails
 * to decode the route parameter and answers 500.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Bad request: this address contains a malformed %-escape, so it cannot name a page on this site.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (pathname.startsWith("/compare/")) {
    return NextResponse.redirect(new URL(publicComparisonUrl(pathname), request.url), 308);
  }
  // In development every page renders on demand, and a stale production build's files must not count.
  if (DEV) return withNonce(request, createNonce());

  const kept = pathname === "/compare" ? keptComparisonPath(searchParams, getCatalog()) : null;
  if (kept) {
    const hashes = keptPageScriptHashes(kept, KEPT_COMPARISON_ROUTE);
    if (hashes) return withPolicy(request, contentSecurityPolicy({ hashes }), { passPolicy: false, kept });
    if (keptComparisons.admit(kept)) return withNonce(request, firstRenderNonce(kept), kept);
  }

  const hashes = prerenderedScriptHashes(pathname);
  return hashes ? withPolicy(request, contentSecurityPolicy({ hashes }), { passPolicy: false }) : withNonce(request, createNonce());
}

function withNonce(request: NextRequest, nonce: string, kept?: string) {
  const policy = contentSecurityPolicy({ nonce, hashes: DEV ? [] : notFoundScriptHashes(), dev: DEV });
  return withPolicy(request, policy, { passPolicy: true, kept });
}

/**
 * The response carries the policy; Next sees it on the request only when it must stamp a nonce.
 * The kept-comparison header is always rewritten here, so a client cannot send its own.
 */
function withPolicy(request: NextRequest, policy: string, { passPolicy, kept }: { passPolicy: boolean; kept?: string }) {
  const headers = new Headers(request.headers);
  headers.delete(KEPT_COMPARISON_HEADER);
  if (kept) headers.set(KEPT_COMPARISON_HEADER, kept.slice("/compare/".length));
  if (passPolicy) headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static assets never carry user-made paths and are not documents; skip them so they stay fast.
  matcher: "/((?!_next/static|_next/image|icon.svg).*)",
};
