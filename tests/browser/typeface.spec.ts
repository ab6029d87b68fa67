import { expect, test, type Page } from "@playwright/test";

// The site's typeface (styles/fonts.ts): pages set their text, headings included, in that face
// rather than in whatever the reader's system offers, from files this site serves. Both weights
// are preloaded on every rendered page, so the first layout already has them.
const PAGES = ["/", "/modalities/cold-water-immersion", "/compare/tools/air-relief-boots/travel-boots", "/plan?week=2026-12-07&tue=intervals.evening&sat=long"];

async function loadRecordingFonts(page: Page, path: string) {
  const fontRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fontRequests.push(request.url());
  });
  await page.goto(path, { waitUntil: "load" });
  const face = await page.evaluate(async () => {
    await document.fonts.ready;
    const familyOf = (el: Element) => getComputedStyle(el).fontFamily.split(",")[0].trim().replace(/"/g, "");
    const family = familyOf(document.body);
    return {
      family,
      headingFamily: familyOf(document.querySelector("h1")!),
      loadedWeights: [...document.fonts].filter((f) => f.family.replace(/"/g, "") === family && f.status === "loaded").map((f) => f.weight).sort(),
    };
  });
  return { fontRequests, face };
}

function expectSiteFace({ face, fontRequests }: Awaited<ReturnType<typeof loadRecordingFonts>>, baseURL: string | undefined) {
  expect(face.family).not.toMatch(/^(system-ui|sans-serif|-apple-system)$/);
  expect(face.headingFamily).toBe(face.family);
  expect(face.loadedWeights).toEqual(["400", "700"]);
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(url.startsWith(`${baseURL}/_next/static/media/`), url).toBe(true);
}

for (const path of PAGES) {
  test(`${path} sets its text in the site's own typeface, preloaded from this site`, async ({ page, baseURL }) => {
    const loaded = await loadRecordingFonts(page, path);
    expectSiteFace(loaded, baseURL);
    const preloaded = await page.locator('head link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(preloaded).toHaveLength(2);
    // Only the preloaded files were fetched: no third weight or stray face crept in.
    for (const url of loaded.fontRequests) expect(preloaded, url).toContain(url);
  });
}

// Next writes the preload links into pages it renders ahead (prerendered and kept pages); a page
// rendered on each request, and the not-found page, go without them, and their stylesheet still
// brings the face.
for (const path of ["/tools/browse?category=massage-guns&sort=price", "/no/such/page"]) {
  test(`${path}, rendered on request, sets its text in the site's own typeface too`, async ({ page, baseURL }) => {
    expectSiteFace(await loadRecordingFonts(page, path), baseURL);
  });
}
