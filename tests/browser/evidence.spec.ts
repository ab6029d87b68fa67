import { expect, test } from "@playwright/test";

// The evidence map and the "why this grade" disclosures, on the fixture site, with no script at all:
// sorting is a link to a prerendered page and a disclosure is a native <details>.
test.use({ javaScriptEnabled: false });

test("the evidence map sorts by an outcome through plain links and each cell leads to the reason for its grade", async ({ page }) => {
  await page.goto("/evidence");
  const map = page.getByRole("table", { name: /methods by outcome/ });
  await expect(map).toBeVisible();
  const methods = await map.locator("tbody th").allTextContents();
  expect(methods.length).toBeGreaterThan(3);

  await map.getByRole("link", { name: /Soreness.*sort by this outcome/ }).click();
  await expect(page).toHaveURL(/\/evidence\/by\/soreness$/);
  const sorted = page.getByRole("table", { name: /strongest evidence of benefit for muscle soreness/ });
  await expect(sorted.getByRole("columnheader", { name: "Soreness" })).toHaveAttribute("aria-sort", "descending");
  expect((await sorted.locator("tbody th").allTextContents()).sort()).toEqual([...methods].sort());

  const first = sorted.locator("tbody tr").first();
  const method = (await first.locator("th").textContent())!;
  await first.locator("td").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/modalities\/[a-z-]+#why-soreness$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(method);
  await expect(page.locator("details:has(#why-soreness)")).toHaveAttribute("open", "");
  await expect(page.locator("#why-soreness")).toBeInViewport();
});

test("a method page explains each grade: the rule that fired, the studies weighed and a chart of their effects", async ({ page }) => {
  await page.goto("/modalities/cold-water-immersion");
  const why = page.locator("details.why");
  await expect(why).toHaveCount(5);
  const soreness = page.locator("details:has(#why-soreness)");
  await soreness.locator("summary").click();
  await expect(soreness.getByText("The rule that decided it:")).toBeVisible();
  await expect(soreness.getByRole("table", { name: /studies weighed for muscle soreness/ })).toBeVisible();
  await expect(soreness.getByRole("img", { name: /confidence interval/ })).toBeVisible();
});

test("the methodology page shows the grading rule the grades are computed with", async ({ page }) => {
  await page.goto("/guides/methodology");
  const rules = page.getByRole("table", { name: /The grading rule/ });
  await expect(rules).toBeVisible();
  await expect(rules.locator("tbody tr")).toHaveCount(7);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test("the map scrolls inside its region with the outcomes held at the top and the methods at the left", async ({ page }) => {
    await page.goto("/evidence");
    const region = page.getByRole("region", { name: /methods by outcome/ });
    const box = (await region.boundingBox())!;
    // The caption wraps within the screen rather than running off it with the table's width.
    const caption = (await region.locator("caption span").boundingBox())!;
    expect(caption.x + caption.width).toBeLessThanOrEqual(box.x + box.width);
    const scrolled = await region.evaluate((el) => {
      el.scrollTop = 300;
      el.scrollLeft = 200;
      return [el.scrollTop, el.scrollLeft];
    });
    // The region really scrolled both ways, so what follows is not true by default.
    expect(scrolled[0]).toBeGreaterThan(100);
    expect(scrolled[1]).toBeGreaterThan(100);
    const heading = (await region.getByRole("columnheader", { name: "Soreness" }).boundingBox())!;
    const method = (await region.locator("tbody th").nth(3).boundingBox())!;
    expect(Math.abs(heading.y - box.y)).toBeLessThan(3);
    expect(Math.abs(method.x - box.x)).toBeLessThan(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
