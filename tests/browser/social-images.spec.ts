import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { COLLECTION_NAMES } from "@/lib/content/collections";
import { MARKETS, OUTCOMES } from "@/lib/content/vocabulary";
import { fixtureCatalog } from "./fixture-catalog";

// Every page names a generated 1200x630 PNG (Next's opengraph-image convention) in og:image and
// twitter:image. The meta tags carry absolute URLs on SITE_URL, so the tests fetch their path
// and query from the server under test.

const PAGES = {
  home: "/",
  modality: "/modalities/cold-water-immersion",
  tool: "/tools/air-relief-boots",
  guide: "/guides/methodology",
  compare: "/compare/tools/air-relief-boots/travel-boots",
};

const local = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

async function meta(page: Page, key: string): Promise<string | null> {
  const el = page.locator(`meta[property="${key}"], meta[name="${key}"]`);
  await expect(el, key).toHaveCount(1);
  return el.getAttribute("content");
}

/** Width and height from a PNG's IHDR chunk, which always comes first after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "PNG signature").toBe(true);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function fetchImage(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(local(url));
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  const png = await response.body();
  expect(pngSize(png), url).toEqual({ width: 1200, height: 630 });
  return png;
}

test("home, a modality, a tool, a guide and a comparison each name a 1200x630 PNG that is served", async ({ page, request }) => {
  const images: Record<string, Buffer> = {};
  for (const [name, path] of Object.entries(PAGES)) {
    await page.goto(path);
    const url = (await meta(page, "og:image"))!;
    expect(url, name).toMatch(/^https?:\/\/[^/]+\/(.+\/)?opengraph-image(\?|$)/);
    expect(await meta(page, "og:image:width")).toBe("1200");
    expect(await meta(page, "og:image:height")).toBe("630");
    expect(await meta(page, "og:image:type")).toBe("image/png");
    expect((await meta(page, "og:image:alt"))!.length, `${name} alt`).toBeGreaterThan(20);
    expect(await meta(page, "twitter:card")).toBe("summary_large_image");
    expect(await meta(page, "twitter:image")).toBe(url);
    images[name] = await fetchImage(request, url);
  }
  // each article has its own image; a page without one (compare) shows the site's
  const own = [images.home, images.modality, images.tool, images.guide];
  for (let i = 0; i < own.length; i++) for (let j = i + 1; j < own.length; j++) expect(own[i].equals(own[j]), `images ${i} and ${j}`).toBe(false);
  expect(images.compare.equals(images.home)).toBe(true);
});

test("an article's image lives under its page's path", async ({ page }) => {
  await page.goto(PAGES.tool);
  expect(new URL((await meta(page, "og:image"))!).pathname).toBe(`${PAGES.tool}/opengraph-image`);
});

test("every page in the sitemap names an image that is served", async ({ request }) => {
  test.setTimeout(120_000);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => local(m[1]));
  // The fixture site's home page, its index pages (compare, finder, the evidence map in each order) and every published article.
  const catalog = fixtureCatalog();
  const articles = COLLECTION_NAMES.reduce((n, c) => n + catalog.entries(c).length, 0);
  // home, each collection's index, the evidence map in each order, the tools index in each other market, compare, finder, the
  // planner and its rules, every article
  expect(paths.length).toBe(1 + COLLECTION_NAMES.length + 1 + OUTCOMES.length + (MARKETS.length - 1) + 2 + 2 + articles);
  const articlePaths = new Set(COLLECTION_NAMES.flatMap((c) => catalog.entries(c).map((e) => e.href as string)));
  const served = new Set<string>();
  const articleImages = new Set<string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const content = (key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]+)"`))?.[1];
    const url = content("og:image");
    expect(url, path).toBeDefined();
    expect(content("twitter:image"), path).toBe(url);
    if (!served.has(url!)) await fetchImage(request, url!);
    served.add(url!);
    if (articlePaths.has(path)) {
      expect(local(url!), path).toMatch(new RegExp(`^${path}/opengraph-image\\?`));
      articleImages.add(url!);
    }
  }
  expect(articleImages.size).toBe(articles); // one of its own per published article of every collection
});

test("an unknown slug's image is a 404, never a server error", async ({ request }) => {
  for (const path of ["/tools/not-a-real-tool/opengraph-image", "/modalities/not-a-modality/opengraph-image", "/guides/nope/opengraph-image"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});
