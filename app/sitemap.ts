import type { MetadataRoute } from "next";
import { getCatalog } from "@/lib/catalog/catalog";
import { COLLECTION_NAMES, collections } from "@/lib/content/collections";
import { site } from "@/lib/site";
import { mapSortHref } from "@/lib/catalog/evidence-map";
import { MARKETS, OUTCOMES } from "@/lib/content/vocabulary";
import { DEFAULT_MARKET, toolsIndexHref } from "@/lib/catalog/markets";

/** Every published page; drafts never reach the catalog in production, so never reach the sitemap. */
export default function sitemap(): MetadataRoute.Sitemap {
  const catalog = getCatalog();
  const url = (path: string) => new URL(path, site.url).toString();
  const sections = COLLECTION_NAMES.map((name) => collections[name].index);
  const entries = COLLECTION_NAMES.flatMap((name) => catalog.entries(name));
  return [
    ...["/", ...sections, "/evidence", ...OUTCOMES.map(mapSortHref), ...MARKETS.filter((m) => m !== DEFAULT_MARKET).map(toolsIndexHref), "/compare", "/finder", "/plan"].map((path) => ({ url: url(path) })),
    ...(catalog.planner ? [{ url: url("/plan/rules"), lastModified: catalog.planner.updated }] : []),
    ...entries.map((e) => ({ url: url(e.href), lastModified: e.updated })),
  ];
}
