import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { offTheScreen } from "./reflow";

// One page of every type the site has, in the states a reader meets. The fixture site's axe checks
// run here, each page once in each theme, rather than again in each feature's spec; search's
// instant results, which only script opens, have theirs in search.spec.ts.
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
  // Two areas chosen on the body map, a race date and a tool owned.
  planner: "/plan?week=2026-12-07&tue=intervals.evening&thu=strength.morning&thu=easy.evening&sat=long&sun=easy&race=2026-12-20&own=foam-roller&area=calves&area=back",
  "planner's rules": "/plan/rules",
  "compare form": "/compare",
  compare: "/compare/tools/air-relief-boots/travel-boots",
  // Four tools: the widest comparison, with bars beside its numbers.
  "compare of four tools": "/compare/tools/air-relief-boots/travel-boots/thump-gun/foam-roller",
  "compare of methods": "/compare/modalities/cold-water-immersion/sleep",
  "compare by query": "/compare?tools=air-relief-boots,thump-gun,foam-roller",
  "finder form": "/finder",
  // An area chosen on the body map, and a budget.
  finder: "/finder?situation=travel&area=calves&budget=free",
  search: "/search?q=cold",
  "not found": "/no/such/page",
};

// One page of each kind a reader meets, for the sweeps at issue 17's other two widths.
const KINDS = (["home", "modality index", "modality", "tool index", "tool", "guide", "study index", "study", "buying guide", "methodology guide", "evidence map", "evidence map sorted by an outcome", "planner", "compare by query", "finder", "search"] as const).map(
  (type) => [type, PAGES[type]] as const,
);

// Every page at a phone's width in the light theme and at a laptop's in the dark theme, with
// everything a reader could open opened (every disclosure, a chart's numbers, blocks that defer
// their layout). Colours are the theme's at any width and layouts are the width's in either theme,
// so the two passes cover both of each. No page scrolls sideways as a whole, and nothing runs past
// the edge of the screen, where a block that defers its layout would cut it off (a wide table
// scrolls inside its own labelled region instead). axe checks what is opened too: on a phone a
// chart or table may become a box that scrolls, which must then be reachable from the keyboard.
// The real site's pages get axe in the light theme as well (site-smoke.spec.ts).
const PASSES = [
  { theme: "light", width: 360, background: (brightest: number) => brightest > 200 },
  // The page is dark (its exact colour is styles/tokens.css's to choose).
  { theme: "dark", width: 1280, background: (brightest: number) => brightest < 48 },
] as const;

for (const { theme, width, background } of PASSES) {
  test.describe(`in the ${theme} theme at ${width} pixels wide, with everything opened`, () => {
    test.use({ colorScheme: theme, viewport: { width, height: 800 } });

    for (const [type, path] of Object.entries(PAGES)) {
      test(`the ${type} page fits the screen, and axe finds no contrast or other violations`, async ({ page }) => {
        await page.goto(path, { waitUntil: "load" });
        const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background(Math.max(...colour.match(/\d+/g)!.map(Number))), `${theme} theme, body ${colour}`).toBe(true);
        expect(await offTheScreen(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

// Issue 17's other widths, a small phone and a tablet, over one page of each kind.
for (const width of [320, 768]) {
  test(`at ${width} pixels wide no page scrolls sideways or cuts anything off`, async ({ page }) => {
    // Sixteen page loads in one test: more time than one page needs.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    const overflowing: string[] = [];
    for (const [, path] of KINDS) {
      await page.goto(path);
      overflowing.push(...(await offTheScreen(page)).map((what) => `${path}: ${what}`));
    }
    expect(overflowing).toEqual([]);
  });
}
