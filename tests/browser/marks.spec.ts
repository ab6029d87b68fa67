import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

// The small marks in running text (a link out of the site, an onward arrow, a pick's star, the
// forest plot's arrows, the comparison's scroll hint) are drawn, not typed (DESIGN.md, "Pictures").
// The typeface covers Latin only, so a typed arrow would be set in whatever system face has one,
// and finding that face costs the first layout a system-font lookup. Text the site generates, in CSS or in its charts, keeps to
// the characters the face carries.
const PAGES = ["/", "/tools/air-relief-boots", "/modalities/cold-water-immersion", "/compare/tools/air-relief-boots/travel-boots", "/finder?situation=back-to-back&area=calves"];

// The characters the face carries, read from the package the site takes it from (styles/fonts.ts
// loads the Latin files), so the test follows the face rather than a copy of its range.
const LATIN_RANGE = (() => {
  const css = readFileSync(join(process.cwd(), "node_modules/@fontsource/public-sans/400.css"), "utf8");
  const face = css.split("@font-face").find((block) => block.includes("latin-400-normal.woff2"));
  const range = face?.match(/unicode-range:\s*([^;]+);/)?.[1];
  if (!range) throw new Error("@fontsource/public-sans/400.css has no unicode-range for the Latin file");
  return range.split(",").map((part) => {
    const [low, high = low] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(low, 16), parseInt(high, 16)] as const;
  });
})();
const inFace = (ch: string) => {
  const u = ch.codePointAt(0)!;
  return LATIN_RANGE.some(([low, high]) => u >= low && u <= high);
};

for (const path of PAGES) {
  test(`${path} draws its marks rather than typing characters the typeface lacks`, async ({ page }) => {
    await page.goto(path);
    const generated = await page.evaluate(() => {
      const texts: string[] = [];
      for (const el of document.querySelectorAll("body *")) {
        for (const pseudo of ["::before", "::after"]) {
          const content = getComputedStyle(el, pseudo).content;
          if (content && content !== "none" && content !== "normal") texts.push(content);
        }
      }
      for (const text of document.querySelectorAll("svg text")) texts.push(text.textContent ?? "");
      // A decoration hidden from screen readers is a mark too, such as the comparison's scroll hint.
      for (const mark of document.querySelectorAll('[aria-hidden="true"]:not(svg)')) texts.push(mark.textContent ?? "");
      return texts;
    });
    const outside = [...generated.join("")].filter((ch) => !inFace(ch));
    expect(outside).toEqual([]);
  });
}

test("a link out of the site carries a drawn arrow in the text's colour", async ({ page }) => {
  await page.goto("/tools/air-relief-boots");
  const mark = await page.locator("a.external").first().evaluate((a) => {
    const style = getComputedStyle(a, "::after");
    return { mask: style.maskImage, background: style.backgroundColor, color: getComputedStyle(a).color, width: parseFloat(style.width) };
  });
  expect(mark.mask).toMatch(/^url\("data:image\/svg\+xml/);
  expect(mark.background).toBe(mark.color);
  expect(mark.width).toBeGreaterThan(0);
});
