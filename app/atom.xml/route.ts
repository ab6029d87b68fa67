import { getCatalog } from "@/lib/catalog/catalog";
import { buildFeed } from "@/lib/catalog/feeds";

// Built once at build time, like the article pages.
export const dynamic = "force-static";

export function GET() {
  return new Response(buildFeed(getCatalog()).atom1(), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
