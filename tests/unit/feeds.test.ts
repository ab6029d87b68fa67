import { afterEach, describe, expect, it, vi } from "vitest";
import { buildFeed } from "@/lib/catalog/feeds";
import { importAs, siteCatalog } from "../fixtures/catalogs";

// Dates from the fixture site; ties are broken by path, so the order is stable.
const NEWEST_FIRST = [
  "/studies/machado-2016",
  "/modalities/cold-water-immersion",
  "/tools/category/compression-boots",
  "/tools/category/rollers-and-balls",
  "/tools/ice-tub",
  "/tools/ice-tub-classic",
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
  "/studies/brennan-2020",
  "/studies/clarke-2016",
  "/studies/costello-2015",
  "/studies/dupuy-2018",
  "/studies/fullagar-2015",
  "/studies/grade-handbook",
  "/studies/lindqvist-2024",
  "/studies/malta-2021",
  "/studies/okafor-2022",
  "/studies/reyes-2023",
  "/studies/roberts-2015",
  "/studies/thomas-2016",
  "/studies/wiewelhove-2018",
  "/studies/wiewelhove-2019",
].map((path) => `http://localhost:3000${path}`);

type JsonFeed = { items: { id: string; title: string; content_html: string; date_modified: string }[] };

describe("buildFeed", () => {
  const feed = buildFeed(siteCatalog());

  it("lists every published article and study, newest first, each with its summary", () => {
    const json = JSON.parse(feed.json1()) as JsonFeed;
    expect(json.items.map((i) => i.id)).toEqual(NEWEST_FIRST);
    expect(json.items.find((i) => i.id.endsWith("/tools/ice-tub"))).toMatchObject({
      title: "Ice Tub",
      content_html: "A plastic tub for cold plunges at home, filled from a garden hose.",
      date_modified: "2026-11-20T00:00:00.000Z",
    });
    // a study has no summary of its own: it is described from its fields
    expect(json.items[0]).toMatchObject({ content_html: "Meta-analysis (9 studies, 239 participants), active adults. Sports Medicine 46(4):503-514 (2016)." });
  });

  it("leads an item with its newest correction when that is the latest update, so subscribers see what changed", () => {
    const json = JSON.parse(feed.json1()) as JsonFeed;
    const item = (path: string) => json.items.find((i) => i.id === `http://localhost:3000${path}`)!;
    expect(item("/modalities/cold-water-immersion")).toMatchObject({
      title: "Cold water immersion",
      content_html:
        "Updated November 20, 2026: Long-term gains split into strength and endurance; regular cold water blunts the first and leaves the second unchanged. " +
        "Sitting in cold water after a hard run eases soreness a little, but regular use can blunt strength gains.",
      date_modified: "2026-11-20T00:00:00.000Z",
    });
    expect(item("/tools/vibe-ball").content_html).toMatch(/^Updated October 21, 2026: The price now comes from the maker's EU store/);
    // foam rolling was reviewed again after its last correction: the review, not the old correction, is the news
    expect(item("/modalities/foam-rolling").content_html).toBe(
      "Rolling your legs over a foam cylinder for a few minutes eases soreness a little, for the price of the roller.",
    );
    // an article without corrections, and a study (which has no changes list), carry their summary alone
    expect(item("/modalities/sleep").content_html).not.toContain("Updated");
    expect(item("/studies/dupuy-2018").content_html).not.toContain("Updated");
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
