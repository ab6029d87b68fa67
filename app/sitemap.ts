import type { MetadataRoute } from "next";
import { getCatalog } from "@/lib/catalog/catalog";
import { site } from "@/lib/site";

/** Every published page; drafts never reach the catalog in production, so never reach the sitemap. */
export default function sitemap(): MetadataRoute.Sitemap {
  const catalog = getCatalog();
  const url = (path: string) => new URL(path, site.url).toString();
  const articles = [
    ...catalog.modalities.map((m) => ({ path: `/modalities/${m.slug}`, updated: m.updated })),
    ...catalog.tools.map((t) => ({ path: `/tools/${t.slug}`, updated: t.updated })),
    ...catalog.guides.map((g) => ({ path: `/guides/${g.slug}`, updated: g.updated })),
  ];
  return [
    ...["/", "/modalities", "/tools", "/guides", "/compare", "/finder"].map((path) => ({ url: url(path) })),
    ...articles.map((a) => ({ url: url(a.path), lastModified: a.updated })),
  ];
}
