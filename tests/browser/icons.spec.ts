import { expect, test } from "@playwright/test";

// The favicon set: every page names the SVG favicon, the touch icon and the web manifest, and each answers with its type.
test("every page links the favicon, the touch icon and the manifest, and each is served", async ({ page, request }) => {
  await page.goto("/modalities/cold-water-immersion");
  const hrefOf = (selector: string) => page.locator(selector).first().getAttribute("href");
  const files: [string | null, RegExp][] = [
    [await hrefOf('link[rel="icon"][type="image/svg+xml"]'), /^image\/svg\+xml/],
    [await hrefOf('link[rel="apple-touch-icon"]'), /^image\/png/],
    [await hrefOf('link[rel="manifest"]'), /^application\/manifest\+json/],
  ];
  for (const [href, type] of files) {
    expect(href).toBeTruthy();
    const response = await request.get(href!);
    expect(response.status(), href!).toBe(200);
    expect(response.headers()["content-type"], href!).toMatch(type);
  }
  const manifest = await (await request.get(files[2][0]!)).json();
  expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual(["/icon.svg", "/apple-icon"]);
});
