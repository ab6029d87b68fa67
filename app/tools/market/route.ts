import type { NextRequest } from "next/server";
import { DEFAULT_MARKET, marketFromParam, toolsIndexHref } from "@/lib/catalog/markets";

/**
 * The market form's answer: a redirect to the index in that market (an unknown value gets the
 * default). The Location is a path, not an absolute URL: behind a proxy the server may not know
 * the host the reader used, and the page's form-action policy refuses a redirect to another origin.
 */
export function GET(request: NextRequest) {
  const market = marketFromParam(request.nextUrl.searchParams.get("m") ?? undefined) ?? DEFAULT_MARKET;
  return new Response(null, { status: 303, headers: { Location: toolsIndexHref(market), "Cache-Control": "no-store" } });
}
