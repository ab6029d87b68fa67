import { describe, expect, it } from "vitest";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import { getCatalog } from "@/lib/catalog/catalog";

describe("sitemap and robots", () => {
  it("list every published article once, with its last-reviewed date", () => {
    const entries = sitemap();
    const urls = entries.map((e) => new URL(e.url).pathname);
    expect(new Set(urls).size).toBe(urls.length);
    const catalog = getCatalog();
    for (const m of catalog.modalities) expect(urls).toContain(`/modalities/${m.slug}`);
    for (const t of catalog.tools) expect(urls).toContain(`/tools/${t.slug}`);
    for (const g of catalog.guides) expect(urls).toContain(`/guides/${g.slug}`);
    expect(entries.find((e) => e.url.endsWith("/tools/normatec-3"))?.lastModified).toBe(catalog.tool("normatec-3")!.updated);
  });

  it("point crawlers at the sitemap", () => {
    expect(robots()).toEqual({ rules: { userAgent: "*", allow: "/" }, sitemap: "http://localhost:3000/sitemap.xml" });
  });
});
