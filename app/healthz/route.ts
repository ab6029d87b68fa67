import { getCatalog } from "@/lib/catalog/catalog";
import { COLLECTION_NAMES } from "@/lib/content/collections";
import { servingManifest } from "@/lib/web/serving-manifest";

// For nginx's checks and the process manager (deploy/README.md): 200 when this process can serve
// pages (the content loaded, the serving manifest matches the build), 503 with the reason when it
// cannot. Answered afresh on every request and never stored by any cache.
export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

const articleCount = () => {
  const catalog = getCatalog();
  return COLLECTION_NAMES.reduce((sum, name) => sum + catalog.entries(name).length, 0);
};

export function GET() {
  const manifest = servingManifest();
  if (manifest instanceof Error) return Response.json({ status: "unavailable", reason: manifest.message }, { status: 503, headers });
  return Response.json({ status: "ok", build: manifest.buildId, articles: articleCount(), uptime: Math.round(process.uptime()) }, { headers });
}
