import { expect, test, type Page } from "@playwright/test";
import { LIGHTHOUSE_PHONE } from "../../scripts/lighthouse-pages.mjs";

// Long pages lay out their later sections when a reader comes near them, not before the first
// paint (styles/layout.css). Chromium lays such a block out at once when it starts within about one
// and a half screens below the fold, so a block must be a section: one block holding several would
// be laid out whole as soon as its top was near. The screen is Lighthouse's phone.
test.use({ viewport: LIGHTHOUSE_PHONE, isMobile: true });

const SCREENS_BELOW = 2;

/** Sections matching the selector that start more than two screens below the fold, and whether each one's first child is rendered. */
async function farSections(page: Page, selector: string) {
  return page.locator(selector).evaluateAll(
    (sections, screens) =>
      sections
        .filter((s) => s.getBoundingClientRect().top > innerHeight * (1 + screens))
        .map((s) => ({
          name: s.getAttribute("aria-labelledby") ?? s.className,
          rendered: (s.firstElementChild as Element).checkVisibility({ contentVisibilityAuto: true }),
        })),
    SCREENS_BELOW,
  );
}

for (const [path, selector] of [
  ["/", ".home__glance, .home__tools"],
  ["/modalities/cold-water-immersion", ".article > .evidence, .article > .prose, .article > .references"],
  ["/finder?situation=back-to-back&area=calves", ".finder-list"],
] as const) {
  test(`${path} leaves sections far below the first screen unrendered until they are scrolled to`, async ({ page }) => {
    await page.goto(path);
    const far = await farSections(page, selector);
    expect(far.length, "sections far enough down to test").toBeGreaterThanOrEqual(1);
    expect(far.filter((s) => s.rendered)).toEqual([]);

    // The first screen itself is drawn.
    expect(await page.locator("h1").evaluate((h) => h.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);

    // Scrolled to, the last is laid out and drawn. The sections above it grow from their estimated
    // height as they are drawn on the way, moving it down, so each try scrolls to where it is now.
    const last = page.locator(selector).last();
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
