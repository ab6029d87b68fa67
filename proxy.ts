import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/csp";
import { notFoundScriptHashes, prerenderedScriptHashes } from "@/lib/prerendered-scripts";

const DEV = process.env.NODE_ENV === "development";

/**
 * Every page gets a Content-Security-Policy that names the inline scripts it may run:
 * prerendered pages by hash, pages rendered on demand by a nonce that Next stamps on its own
 * scripts when it finds the policy on the request.
 * Paths with a malformed %-escape (such as /tools/%ZZ) get a plain 400: left alone, Next fails
 * to decode the route parameter and answers 500.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Bad request: this address contains a malformed %-escape, so it cannot name a page on this site.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }

  // In development every page renders on demand, and a stale production build's files must not count.
  const hashes = DEV ? null : prerenderedScriptHashes(pathname);
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes }));
    return response;
  }

  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, hashes: DEV ? [] : notFoundScriptHashes(), dev: DEV });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static assets never carry user-made paths and are not documents; skip them so they stay fast.
  matcher: "/((?!_next/static|_next/image|icon.svg).*)",
};
