import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";

test("a reader picks tools with the form and gets a shareable comparison", async ({ page }) => {
  await page.goto("/compare");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Compare tools" }) });
  await form.getByLabel("Tool 1").selectOption({ label: "Air Relief Boots" });
  await form.getByLabel("Tool 2").selectOption({ label: "Travel Boots" });
  await form.getByRole("button", { name: "Compare tools" }).click();

  await expect(page).toHaveURL(/\/compare\/tools\/air-relief-boots\/travel-boots$/);
  await expect(page).toHaveTitle("Compare Air Relief Boots vs Travel Boots · Recovery Guide");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveCount(2);
  await expect(table.getByRole("rowheader").first()).toContainText("Price");

  // add a third, then remove the first
  await form.getByLabel("Tool 3").selectOption({ label: "Thump Gun" });
  await form.getByRole("button", { name: "Compare tools" }).click();
  await expect(page).toHaveURL(/\/compare\/tools\/air-relief-boots\/travel-boots\/thump-gun$/);
  await page.getByRole("link", { name: "Remove Air Relief Boots from the comparison" }).click();
  await expect(page).toHaveURL(/\/compare\/tools\/travel-boots\/thump-gun$/);
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(2);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the compare form and the finder still work", async ({ page }) => {
    await page.goto("/compare");
    const form = page.locator("form", { has: page.getByRole("button", { name: "Compare methods" }) });
    await form.getByLabel("Method 1").selectOption({ label: "Cold water immersion" });
    await form.getByLabel("Method 2").selectOption({ label: "Cryotherapy chamber" });
    await form.getByRole("button", { name: "Compare methods" }).click();
    await expect(page).toHaveURL(/\/compare\/modalities\/cold-water-immersion\/cryotherapy-chamber$/);
    await expect(page.getByRole("table")).toContainText("Evidence: Muscle soreness (DOMS)");

    await page.goto("/finder");
    await page.getByLabel("Travel or long sitting").check();
    await page.getByLabel("Free").check();
    await page.getByRole("button", { name: "Show what fits" }).click();
    await expect(page.getByRole("heading", { name: "What fits you", exact: true })).toBeVisible();
  });
});

test("a shared comparison URL opens as it was sent, with links to each article", async ({ page }) => {
  // Comparisons were shared as queries before they had paths: those still open the same page.
  for (const shared of ["/compare/tools/thump-gun/vibe-roller/foam-roller", "/compare?tools=thump-gun,vibe-roller,foam-roller"]) {
    await page.goto(shared);
    await expect(page).toHaveURL(/\/compare\/tools\/thump-gun\/vibe-roller\/foam-roller$/);
    const headers = page.getByRole("columnheader");
    await expect(headers).toHaveCount(3);
    await expect(headers.nth(2).getByRole("link", { name: "Foam Roller", exact: true })).toHaveAttribute("href", "/tools/foam-roller");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/compare\/tools\/thump-gun\/vibe-roller\/foam-roller$/);
  }
});

test("tool and method pages link into the comparison", async ({ page }) => {
  // Thump Gun shares percussion massage with Vibe Ball and Vibe Roller, and Vibe Ball comes first by title.
  await page.goto("/tools/thump-gun");
  await page.getByRole("link", { name: "Compare Thump Gun with Vibe Ball", exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/tools\/thump-gun\/vibe-ball$/);
  await page.goto("/modalities/pneumatic-compression");
  // The method's two tools, in title order.
  await page.getByRole("link", { name: "Compare these tools side by side" }).click();
  await expect(page).toHaveURL(/\/compare\/tools\/air-relief-boots\/travel-boots$/);
  await expect(page.getByRole("table").getByRole("columnheader")).toContainText(["Air Relief Boots", "Travel Boots"]);
});

test("odd URLs get a helpful page, never an error", async ({ page }) => {
  const odd = [
    "/compare?tools=",
    "/compare?tools=nope,air-relief-boots,air-relief-boots",
    `/compare?tools=${"x".repeat(3000)}`,
    "/compare?tools=a,b,c,d,e,f,g&modalities=sleep",
    "/compare?tools=%E2%9C%93,%00,..%2F..%2Fetc",
    "/compare?modalities=sleep&modalities=nutrition&modalities=foam-rolling&modalities=cryotherapy-chamber&modalities=percussion-massage",
    "/finder?situation=nope&area=elbow&budget=1e9&setting[]=x",
  ];
  for (const url of odd) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.goto("/compare?tools=nope,air-relief-boots,air-relief-boots");
  await expect(page.getByRole("status").first()).toContainText("nope is not a tool we cover");
  await expect(page.getByRole("status").first()).toContainText("listed more than once");
  await expect(page.getByText("Choose at least 2 to see them side by side.")).toBeVisible();
});

test("the finder ranks methods for a runner's situation, foundations first, with a shareable URL", async ({ page }) => {
  await page.goto("/finder");
  await page.getByLabel("Back-to-back hard days").check();
  await page.getByRole("group", { name: "Where do you feel it most?" }).getByLabel("Calves").check();
  await page.getByLabel("Under $300").check();
  await page.getByLabel("Where will you do it?").selectOption({ label: "At home" });
  await page.getByRole("button", { name: "Show what fits" }).click();

  await expect(page).toHaveURL(/situation=back-to-back/);
  await expect(page).toHaveURL(/area=calves/);
  const lists = page.locator(".finder-list");
  await expect(lists.first()).toContainText("Sleep");
  // Cold water immersion is the only method here that suits back-to-back days, which lifts it above the
  // methods with a better soreness grade (tests/unit/finder.test.ts has the scores).
  await expect(lists.nth(1).locator("li").first()).toContainText("Cold water immersion");
  await expect(lists.nth(1).locator("li").first()).toContainText("Limited evidence of benefit for soreness");

  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel("Back-to-back hard days")).toBeChecked();
  await expect(page.getByLabel("Under $300")).toBeChecked();
});

for (const path of ["/compare", "/compare/tools/air-relief-boots/travel-boots/thump-gun/foam-roller", "/compare/modalities/cold-water-immersion/sleep", "/finder", "/finder?situation=travel&budget=free"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path, { waitUntil: "load" });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("on a 360-pixel-wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the comparison scrolls inside its table, not the whole page, and the first column stays in view", async ({ page }) => {
    await page.goto("/compare/tools/air-relief-boots/travel-boots/thump-gun/foam-roller");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.getByRole("region", { name: /Tools compared/ });
    await region.evaluate((el) => el.scrollBy(600, 0));
    await expect(page.getByRole("rowheader").first()).toBeInViewport();
  });

  test("the finder fits the screen", async ({ page }) => {
    await page.goto("/finder?situation=travel");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
