import { afterEach, describe, expect, it, vi } from "vitest";
import { buildFeed } from "@/lib/catalog/feeds";
import { importAs, siteCatalog } from "../fixtures/catalogs";

// Dates from the fixture site; ties are broken by path, so the order is stable.
const NEWEST_FIRST = [
  "/studies/machado-2016",
  "/modalities/cold-water-immersion",
  "/tools/ice-tub",
  "/guides/choosing-recovery-boots",
  "/modalities/pneumatic-compression",
  "/tools/air-relief-boots",
  "/tools/vibe-ball",
  "/modalities/foam-rolling",
  "/tools/foam-roller",
  "/tools/vibe-roller",
  "/tools/travel-boots",
  "/guides/recovery-foundations",
  "/modalities/sleep",
  "/modalities/nutrition",
  "/modalities/percussion-massage",
  "/tools/thump-gun",
  "/modalities/cryotherapy-chamber",
  "/guides/methodology",
  "/studies/airwave-manual",
  "/studies/dupuy-2018",
  "/studies/fullagar-2015",
  "/studies/grade-handbook",
  "/studies/roberts-2015",
  "/studies/thomas-2016",
  "/studies/wiewelhove-2019",
].map((path) => `http://localhost:3000${path}`);

type JsonFeed = { items: { id: string; title: string; content_html: string; date_modified: string }[] };

describe("buildFeed", () => {
  const feed = buildFeed(siteCatalog());

  it("lists every published article and study, newest first, each with its summary", () => {
    const json = JSON.parse(feed.json1()) as JsonFeed;
    expect(json.items.map((i) => i.id)).toEqual(NEWEST_FIRST);
    expect(json.items[1]).toMatchObject({
      title: "Cold water immersion",
      content_html: "Sitting in cold water after a hard run eases soreness a little, but regular use can blunt strength gains.",
      date_modified: "2026-11-20T00:00:00.000Z",
    });
    // a study has no summary of its own: it is described from its fields
    expect(json.items[0]).toMatchObject({ content_html: "Meta-analysis (9 studies, 239 participants), active adults. Sports Medicine 46(4):503-514 (2016)." });
  });

  it("renders as RSS and Atom, dated by the newest article", () => {
    expect(feed.rss2()).toContain("<link>http://localhost:3000/modalities/cold-water-immersion</link>");
    expect(feed.rss2()).toContain("<lastBuildDate>Mon, 23 Nov 2026 00:00:00 GMT</lastBuildDate>");
    expect(feed.atom1()).toContain('<link href="http://localhost:3000/guides/methodology"/>');
  });
});

describe("the feed routes", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("serve the published articles and studies only, as RSS and JSON Feed", async () => {
    const [rss, json] = await importAs("production", () => Promise.all([import("@/app/feed.xml/route"), import("@/app/feed.json/route")]));
    const rssResponse = rss.GET();
    expect(rssResponse.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(await rssResponse.text()).not.toMatch(/contrast|versey/);
    const jsonResponse = json.GET();
    expect(jsonResponse.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    expect(((await jsonResponse.json()) as JsonFeed).items.map((i) => i.id)).toEqual(NEWEST_FIRST);
  });
});
