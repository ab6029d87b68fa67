import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";

// One page of every type the site has.
const PAGES = {
  home: "/",
  "modality index": "/modalities",
  modality: "/modalities/cold-water-immersion",
  "tool index": "/tools",
  tool: "/tools/thump-gun",
  "guide index": "/guides",
  guide: "/guides/recovery-foundations",
  "study index": "/studies",
  "study index in another order": "/studies/by/kind",
  study: "/studies/machado-2016",
  "tools index in another market": "/tools/market/uk",
  "tools browser": "/tools/browse?category=massage-guns&sort=price",
  "buying guide": "/tools/category/compression-boots",
  "evidence map": "/evidence",
  "evidence map sorted by an outcome": "/evidence/by/soreness",
  planner: "/plan?week=2026-12-07&tue=intervals.evening&thu=strength.morning&thu=easy.evening&sat=long&sun=easy&own=foam-roller&area=calves&race=2026-12-20",
  "planner's rules": "/plan/rules",
  "not found": "/no/such/page",
};

for (const [type, path] of Object.entries(PAGES)) {
  test(`axe finds no violations on the ${type} page`, async ({ page }) => {
    await page.goto(path, { waitUntil: "load" });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("on a 360-pixel-wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [PAGES.home, PAGES.modality, PAGES.tool, PAGES.guide, PAGES.study, PAGES["study index"], PAGES["evidence map"], PAGES.planner, PAGES["planner's rules"]]) {
    test(`${path} fits without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  for (const path of [PAGES["modality index"], PAGES["tool index"], PAGES.modality, PAGES.tool, PAGES.study, "/evidence/by/soreness", "/compare/tools/air-relief-boots/travel-boots", "/finder?situation=travel"]) {
    test(`axe finds no contrast or other violations on ${path}`, async ({ page }) => {
      await page.goto(path, { waitUntil: "load" });
      // the dark theme is on: the page is dark (its exact colour is styles/tokens.css's to choose)
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(Math.max(...background.match(/\d+/g)!.map(Number)), background).toBeLessThan(48);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
