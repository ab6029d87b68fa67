import { expect, test, type Page } from "@playwright/test";
import { LIGHTHOUSE_PHONE } from "../../scripts/lighthouse-pages.mjs";

// Long pages lay out their later sections when a reader comes near them, not before the first
// paint (styles/layout.css). Chromium lays such a block out at once when it starts within about one
// and a half screens below the fold, so a block must be a section: one block holding several would
// be laid out whole as soon as its top was near. The screen is Lighthouse's phone.
test.use({ viewport: LIGHTHOUSE_PHONE, isMobile: true });

const SCREENS_BELOW = 2;
// Marks the page's deferred sections, found by their computed style, so the test follows the
// stylesheet's list rather than keeping a copy of it.
const DEFERRED = "data-test-deferred";

/** The page's deferred sections that start more than two screens below the fold, and whether each one's first child is rendered. */
async function farSections(page: Page) {
  return page.evaluate(
    ({ screens, mark }) => {
      const deferred = [...document.querySelectorAll("body *")].filter((s) => getComputedStyle(s).contentVisibility === "auto");
      for (const s of deferred) s.setAttribute(mark, "");
      return deferred
        .filter((s) => s.getBoundingClientRect().top > innerHeight * (1 + screens))
        .map((s) => ({
          name: s.getAttribute("aria-labelledby") ?? s.className,
          rendered: (s.firstElementChild as Element).checkVisibility({ contentVisibilityAuto: true }),
        }));
    },
    { screens: SCREENS_BELOW, mark: DEFERRED },
  );
}

for (const path of ["/", "/modalities/cold-water-immersion", "/finder?situation=back-to-back&area=calves"]) {
  test(`${path} leaves sections far below the first screen unrendered until they are scrolled to`, async ({ page }) => {
    await page.goto(path);
    const far = await farSections(page);
    expect(far.length, "sections far enough down to test").toBeGreaterThanOrEqual(1);
    expect(far.filter((s) => s.rendered)).toEqual([]);

    // The first screen itself is drawn.
    expect(await page.locator("h1").evaluate((h) => h.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);

    // Scrolled to, the last is laid out and drawn. The sections above it grow from their estimated
    // height as they are drawn on the way, moving it down, so each try scrolls to where it is now.
    const last = page.locator(`[${DEFERRED}]`).last();
    await expect
      .poll(() =>
        last.evaluate((s) => {
          s.scrollIntoView();
          return (s.firstElementChild as Element).checkVisibility({ contentVisibilityAuto: true });
        }),
      )
      .toBe(true);
  });
}
