import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";

test("results appear as you type, and the URL follows", async ({ page }) => {
  const indexLoaded = page.waitForResponse("**/search-index.json");
  await page.goto("/search");
  await indexLoaded;
  const box = page.getByLabel("Search the guide");
  await box.pressSequentially("ice bath", { delay: 30 });
  const results = page.locator(".search-list li");
  await expect(results.first()).toBeVisible();
  await expect(page.locator(".search-list")).toContainText("Cold water immersion");
  await expect(page).toHaveURL(/\/search\?q=ice%20bath$/);
  await results.first().getByRole("link").focus();
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

test("axe finds no violations on the search page", async ({ page }) => {
  await page.goto("/search?q=boots", { waitUntil: "load" });
  expect(await axeViolations(page)).toEqual([]);
});
