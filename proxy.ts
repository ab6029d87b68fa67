import { NextResponse, type NextRequest } from "next/server";

/**
 * Refuses paths with a malformed %-escape (such as /tools/%ZZ) with a 400 and a plain
 * explanation: left alone, Next fails to decode the route parameter and answers 500.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: this address contains a malformed %-escape, so it cannot name a page on this site.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Static assets never carry user-made paths; skip them so they stay as fast as possible.
  matcher: "/((?!_next/static|_next/image|icon.svg).*)",
};
