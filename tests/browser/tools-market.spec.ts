import { expect, test } from "@playwright/test";

// Choosing a market, filtering tools and reading a buying guide, with no script at all (axe needs
// script, so these pages are in accessibility.spec.ts's list).
test.use({ javaScriptEnabled: false });

test("the market form leads to the index in that market, every price in its currency", async ({ page }) => {
  await page.goto("/tools");
  await expect(page.locator(".card__meta").filter({ hasText: "£" })).toHaveCount(0);
  await page.getByRole("combobox", { name: /Show prices in/ }).selectOption("uk");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/tools\/market\/uk$/);
  await expect(page.getByText(/^Prices are shown for United Kingdom/)).toBeVisible();
  const metas = await page.locator(".card__meta").allTextContents();
  expect(metas.some((m) => m.includes("£"))).toBe(true);
  expect(metas.join(" ")).not.toMatch(/[$€]/);
});

test("the tools browser filters by GET parameters and says what it did not understand", async ({ page }) => {
  await page.goto("/tools/browse?category=massage-guns&band=nope");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Browse recovery tools");
  await expect(page.getByText("is not a price band we know", { exact: false })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Kind" })).toHaveValue("massage-guns");
  await page.getByRole("combobox", { name: "Order" }).selectOption("price");
  await page.getByRole("button", { name: "Show tools" }).click();
  await expect(page).toHaveURL(/sort=price/);
});

test("a buying guide names its picks and links them; a tool page shows its bench and every market's price", async ({ page }) => {
  await page.goto("/tools/category/compression-boots");
  await expect(page.getByRole("heading", { level: 2, name: "The picks" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Compare the picks on the compression boots bench" })).toHaveAttribute("href", "/compare/tools/air-relief-boots/travel-boots");
  await page.goto("/tools/air-relief-boots");
  await expect(page.getByRole("table", { name: /Price by market/ })).toContainText("Possibly stale");
  await expect(page.getByRole("table", { name: /test bench/ })).toContainText("Not found in any source");
});

test("a product no maker could be identified for redirects to its honest mention", async ({ request }) => {
  const response = await request.get("/tools/cryopush", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/modalities/local-cold-therapy#cryopush-and-thermosleeve");
});

test("a study record merged into another leads to the one kept", async ({ request }) => {
  const response = await request.get("/studies/compex-2006", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/studies/compex-manual");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("a tool page's price and bench rows read as blocks, each value under its column's name, and stay a table to assistive technology", async ({ page }) => {
    await page.goto("/tools/air-relief-boots");
    const prices = page.getByRole("table", { name: /Price by market/ });
    // Still a table with its headers, and the visible "Price:" labels are not read as part of a cell.
    await expect(prices.getByRole("columnheader", { name: "Source" })).toHaveCount(1);
    const firstPrice = prices.getByRole("row").nth(1).getByRole("cell").first();
    await expect(firstPrice).toHaveAccessibleName(/^\$/);
    // Laid out as a block: the header row is out of sight and a cell spans the row, its label before it.
    expect((await prices.locator("thead").boundingBox())!.height).toBeLessThanOrEqual(1);
    const [table, cell] = await Promise.all([prices.boundingBox(), firstPrice.boundingBox()]);
    expect(cell!.width).toBeGreaterThan(table!.width * 0.8);
    expect(await firstPrice.evaluate((td) => getComputedStyle(td, "::before").content)).toContain("Price");
    const bench = page.getByRole("table", { name: /test bench/ });
    const benchCell = bench.getByRole("row").nth(1).getByRole("cell").first();
    expect((await benchCell.boundingBox())!.width).toBeGreaterThan((await bench.boundingBox())!.width * 0.8);
  });

  test("the planner's rules read rule by rule, headed by what each rule does, with nothing scrolling sideways", async ({ page }) => {
    await page.goto("/plan/rules");
    const rules = page.getByRole("table", { name: /Each rule/ });
    const firstRule = rules.getByRole("row").nth(1);
    await expect(firstRule.getByRole("rowheader")).not.toHaveText(/^[a-z-]+$/); // a sentence, not the rule's id
    const [table, when] = await Promise.all([rules.boundingBox(), firstRule.getByRole("cell").first().boundingBox()]);
    expect(when!.width).toBeGreaterThan(table!.width * 0.8);
    const scroller = page.locator(".table-scroll").filter({ has: rules });
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  });
});
