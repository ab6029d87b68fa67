import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { LIGHTHOUSE_PAGES, LIGHTHOUSE_PHONE } from "../../scripts/lighthouse-pages.mjs";
import { crawlForBlockedScripts, sitemapPaths } from "./csp-check";

// The real site, as it ships (the `site` project in playwright.config.ts). Every other browser spec
// runs on the fixture site; these few check that the real articles build into pages that load, pass
// axe, and whose every script the policy allows. The titles are the real articles' own.
const PAGES = [
  { kind: "home", path: "/", h1: "Recovery tools for runners, graded on the evidence" },
  { kind: "method", path: "/modalities/cold-water-immersion", h1: "Cold water immersion" },
  { kind: "tool", path: "/tools/normatec-3", h1: "Normatec 3" },
  { kind: "guide", path: "/guides/recovery-foundations", h1: "Recovery foundations: sleep, food and training load come first" },
  { kind: "study", path: "/studies/moore-2022", h1: /^Impact of cold-water immersion compared with passive recovery following a single bout/ },
  { kind: "studies index", path: "/studies", h1: "Studies and sources" },
  { kind: "evidence map", path: "/evidence/by/soreness", h1: "Evidence map" },
  { kind: "comparison", path: "/compare/tools/normatec-3/rapid-reboot", h1: "Compare Normatec 3 vs Rapid Reboot recovery boots" },
];

for (const { kind, path, h1 } of PAGES) {
  test(`the ${kind} page loads with its heading, and axe finds no violations`, async ({ page }) => {
    // axe over the real pages takes 10 to 30 s on a busy two-core machine (the studies index is a
    // table of every cited work), past the 30 s default that suits the small fixture pages.
    test.setTimeout(90_000);
    const response = await page.goto(path, { waitUntil: "load" });
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
    expect(await axeViolations(page)).toEqual([]);
  });
}

// Lighthouse's phone, over the page types its budget covers. Sections far down a long page are not
// laid out until a reader nears them (styles/layout.css), and axe can read a skipped section's links
// as targets too small to tap; whether it does depends on the real lists (it did for the home page's
// list of recent changes), so the check runs on the real pages.
test.describe("on Lighthouse's phone", () => {
  test.use({ viewport: LIGHTHOUSE_PHONE, isMobile: true });
  for (const path of Object.values(LIGHTHOUSE_PAGES)) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(path, { waitUntil: "load" });
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  // Which links axe misreads next to a skipped section depends on each article's own text (a quote
  // link in one method page's prose did), so every article's page gets the target-size check on
  // that phone, that rule alone to keep it quick. The articles are shared among three tests, which
  // the two workers can run side by side, rather than read one after another in a single test.
  const PARTS = 3;
  for (let part = 0; part < PARTS; part++) {
    test(`every article's links are targets of at least 24 px or far enough apart (part ${part + 1} of ${PARTS})`, async ({ page, request }) => {
      test.setTimeout(300_000);
      const articles = (await sitemapPaths(request)).filter((p) => /^\/(?:modalities|tools|guides)\//.test(p) && !/^\/tools\/(?:market|browse)\b/.test(p));
      expect(articles.length).toBeGreaterThan(40);
      const failures: string[] = [];
      for (const path of articles.filter((_, i) => i % PARTS === part)) {
        await page.goto(path, { waitUntil: "load" });
        failures.push(...(await axeViolations(page, { rules: ["target-size"] })).map((v) => `${path}: ${v}`));
      }
      expect(failures).toEqual([]);
    });
  }
});

// The same crawl as csp.spec.ts runs on the fixture site, here over the build that ships: a real
// article's page could be served with scripts its manifest entry does not name.
test("every page the sitemap lists or a link reaches is served with a policy that allows each of its scripts", async ({ request }) => {
  test.setTimeout(300_000);
  const { failures, documents } = await crawlForBlockedScripts(request);
  expect(failures).toEqual([]);
  // content/ has well over a hundred articles; a crawl that reached fewer pages stopped early.
  expect(documents).toBeGreaterThan(150);
});
