import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_MARKET, marketFromParam, toolsIndexHref } from "@/lib/catalog/markets";

/** The market form's answer: a redirect to the index in that market (an unknown value gets the default). */
export function GET(request: NextRequest) {
  const market = marketFromParam(request.nextUrl.searchParams.get("m") ?? undefined) ?? DEFAULT_MARKET;
  return NextResponse.redirect(new URL(toolsIndexHref(market), request.url), 303);
}
