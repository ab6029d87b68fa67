import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";

/** Opens /search and reaches for the box, which fetches the index's meta file; resolves once it has arrived. */
async function openSearch(page: Page) {
  await page.goto("/search");
  const box = page.getByLabel("Search the guide");
  const indexLoaded = page.waitForResponse("**/search-index/meta.json");
  await box.focus();
  await indexLoaded;
  return box;
}

test("the page does not fetch the index until the reader reaches for the box", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("/search?q=boots", { waitUntil: "networkidle" });
  expect(fetched.filter((path) => path.startsWith("/search-index/"))).toEqual([]);
  const indexLoaded = page.waitForResponse("**/search-index/meta.json");
  await page.getByLabel("Search the guide").click();
  await indexLoaded;
});

test("a query fetches the index's meta file and only the pieces it needs", async ({ page }) => {
  const pieces: { path: string; status: number }[] = [];
  page.on("response", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/search-index/")) pieces.push({ path, status: r.status() });
  });
  const box = await openSearch(page);
  await box.fill("ice bath");
  await expect(page.locator(".search-list")).toContainText("Cold water immersion");
  const meta = await (await page.request.get("/search-index/meta.json")).json();
  const all = 1 + meta.termFiles.length + meta.nameFiles.length + meta.docFiles.length;
  expect(pieces.every((p) => p.status === 200)).toBe(true);
  expect(pieces[0].path).toBe("/search-index/meta.json");
  expect(pieces.length).toBeGreaterThan(1);
  expect(pieces.length).toBeLessThan(all);
});

test("results appear as you type, and the URL follows", async ({ page }) => {
  const box = await openSearch(page);
  await box.pressSequentially("ice bath", { delay: 30 });
  const results = page.locator(".search-list li");
  await expect(results.first()).toBeVisible();
  await expect(page.locator(".search-list")).toContainText("Cold water immersion");
  await expect(page).toHaveURL(/\/search\?q=ice\+bath$/);
  await results.first().getByRole("link").first().focus(); // the hit itself; a method named first also links its grades
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server renders the results", async ({ page }) => {
    await page.goto("/search");
    await page.getByLabel("Search the guide").fill("carry-on bag");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=carry-on\+bag$/);
    await expect(page.locator(".search-list")).toContainText("Travel Boots");
  });
});

// The fixture site's vocabulary and tools (tests/fixtures/site): one query for each kind of answer.
const ANSWERS = [
  { query: "thump gun vs travel boots", first: "Compare Thump Gun vs Travel Boots", href: "/compare/tools/thump-gun/travel-boots" },
  { query: "does cryo work", first: "Cryotherapy chamber", href: "/modalities/cryotherapy-chamber" },
];

test("a comparison or a method question is answered first as you type, and a method shows its grades", async ({ page }) => {
  const box = await openSearch(page);
  for (const { query, first, href } of ANSWERS) {
    await box.fill(query);
    await expect(page.locator(".search-list > li").first().getByRole("link").first()).toHaveText(first);
    await expect(page.locator(".search-list > li").first().getByRole("link").first()).toHaveAttribute("href", href);
  }
  const grades = page.getByRole("list", { name: "The evidence for Cryotherapy chamber" });
  await expect(grades.getByRole("link").first()).toHaveAttribute("href", "/modalities/cryotherapy-chamber#why-soreness");
});

test.describe("answers without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server puts the same answer first", async ({ page }) => {
    for (const { query, first, href } of ANSWERS) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      const link = page.locator(".search-list > li").first().getByRole("link").first();
      await expect(link).toHaveText(first);
      await expect(link).toHaveAttribute("href", href);
    }
    await expect(page.getByRole("list", { name: "The evidence for Cryotherapy chamber" })).toBeVisible();
  });
});

test("the keyboard moves through the results, Enter opens one, Escape closes them; the count is announced", async ({ page }) => {
  const box = await openSearch(page);
  await box.fill("travel boots");
  const status = page.getByRole("status").filter({ hasText: /results? for/ });
  await expect(status).toHaveText(/^\d+ results? for “travel boots”$/);
  const firstHit = page.locator(".search-list > li > a").first();
  await expect(firstHit).toHaveText("Travel Boots");
  await box.press("ArrowDown");
  await expect(firstHit).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(".search-list > li > a").nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(box).toBeFocused();
  await box.press("Escape");
  await expect(page.getByRole("list", { name: "Results" })).toBeHidden();
  await expect(box).toHaveValue("travel boots");
  await box.press("ArrowDown"); // closed: the box keeps focus
  await expect(box).toBeFocused();
  await box.press("Space");
  await box.press("Backspace");
  await expect(page.getByRole("list", { name: "Results" })).toBeVisible();
  await box.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tools\/travel-boots$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Travel Boots");
});

test("axe finds no violations on the search page, with instant results open", async ({ page }) => {
  const box = await openSearch(page);
  await box.fill("boots");
  await expect(page.locator(".search-list > li").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
