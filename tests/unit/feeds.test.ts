import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog/catalog";
import { buildFeed } from "@/lib/catalog/feeds";

describe("feeds", () => {
  const catalog = getCatalog();
  const feed = buildFeed(catalog);

  it("list every article, newest first", () => {
    const json = JSON.parse(feed.json1()) as { items: { id: string; date_modified: string }[] };
    expect(json.items).toHaveLength(catalog.modalities.length + catalog.tools.length + catalog.guides.length + catalog.studies.length);
    const dates = json.items.map((i) => i.date_modified);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(json.items.map((i) => i.id)).toContain("http://localhost:3000/tools/normatec-3");
  });

  it("render as RSS and Atom", () => {
    expect(feed.rss2()).toContain("<link>http://localhost:3000/modalities/cold-water-immersion</link>");
    expect(feed.atom1()).toContain('<link href="http://localhost:3000/guides/faq"/>');
  });
});
