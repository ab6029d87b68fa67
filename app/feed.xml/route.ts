import { getCatalog } from "@/lib/catalog/catalog";
import { buildFeed } from "@/lib/catalog/feeds";

// Built once at build time, like the article pages.
export const dynamic = "force-static";

export function GET() {
  return new Response(buildFeed(getCatalog()).rss2(), { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
}
