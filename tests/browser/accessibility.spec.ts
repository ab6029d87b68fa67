import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { openEverything, pastTheEdge } from "./reflow";

// One page of every type the site has.
const PAGES = {
  home: "/",
  "modality index": "/modalities",
  modality: "/modalities/cold-water-immersion",
  "tool index": "/tools",
  tool: "/tools/thump-gun",
  "guide index": "/guides",
  guide: "/guides/recovery-foundations",
  "methodology guide": "/guides/methodology",
  "study index": "/studies",
  "study index in another order": "/studies/by/kind",
  // A Cochrane review: its DOI, in the page's opening line, is the longest unbroken text a page carries.
  study: "/studies/clarke-2016",
  "tools index in another market": "/tools/market/uk",
  "tools browser": "/tools/browse?category=massage-guns&sort=price",
  "buying guide": "/tools/category/compression-boots",
  "evidence map": "/evidence",
  "evidence map sorted by an outcome": "/evidence/by/soreness",
  planner: "/plan?week=2026-12-07&tue=intervals.evening&thu=strength.morning&thu=easy.evening&sat=long&sun=easy&own=foam-roller&area=calves&race=2026-12-20",
  "planner's rules": "/plan/rules",
  compare: "/compare/tools/air-relief-boots/travel-boots",
  "compare by query": "/compare?tools=air-relief-boots,thump-gun,foam-roller",
  finder: "/finder?situation=travel&area=calves",
  search: "/search?q=cold",
  "not found": "/no/such/page",
};

// One page of each kind a reader meets, for the checks that run at several widths and in dark mode.
const KINDS = (["home", "modality index", "modality", "tool index", "tool", "guide", "study index", "study", "buying guide", "methodology guide", "evidence map", "evidence map sorted by an outcome", "planner", "compare by query", "finder", "search"] as const).map(
  (type) => [type, PAGES[type]] as const,
);

for (const [type, path] of Object.entries(PAGES)) {
  test(`axe finds no violations on the ${type} page`, async ({ page }) => {
    await page.goto(path, { waitUntil: "load" });
    expect(await axeViolations(page)).toEqual([]);
  });
}

// Issue 17's widths: a small phone, a common phone, a tablet and a laptop. No page scrolls
// sideways as a whole, and nothing runs past the edge of the screen, where a block that defers its
// layout would cut it off, with every disclosure open; a wide table scrolls inside its own labelled
// region instead.
for (const width of [320, 360, 768, 1280]) {
  test(`at ${width} pixels wide no page scrolls sideways or cuts anything off`, async ({ page }) => {
    // Sixteen page loads in one test: more time than one page needs.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    const overflowing: string[] = [];
    for (const [, path] of KINDS) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${path}: the page, ${overflow}px`);
      await openEverything(page);
      overflowing.push(...(await pastTheEdge(page)).map((what) => `${path}, opened: ${what}`));
    }
    expect(overflowing).toEqual([]);
  });
}

// What the page-type checks above cannot see: the contents of every disclosure ("why this grade",
// a chart's numbers) and of blocks that defer their layout, at a phone's width, where a chart or
// table may become a box that scrolls and must then be reachable from the keyboard.
test("at 360 pixels wide, with everything opened, axe finds no violations", async ({ page }) => {
  // Sixteen pages, each checked by axe: more time than one page needs.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const violations: string[] = [];
  for (const [, path] of KINDS) {
    await page.goto(path, { waitUntil: "load" });
    await openEverything(page);
    violations.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
  }
  expect(violations).toEqual([]);
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  for (const [type, path] of KINDS) {
    test(`axe finds no contrast or other violations on the ${type} page`, async ({ page }) => {
      await page.goto(path, { waitUntil: "load" });
      // The dark theme is on: the page is dark (its exact colour is styles/tokens.css's to choose).
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(Math.max(...background.match(/\d+/g)!.map(Number)), background).toBeLessThan(48);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
