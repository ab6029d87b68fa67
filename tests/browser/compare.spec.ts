import { expect, test } from "@playwright/test";

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
  // one tool left: its facts, with no talk of rows that differ from nothing
  const table = page.getByRole("table", { name: /^Tool: Air Relief Boots\. Add another to see where they differ\./ });
  await expect(table).toBeVisible();
  await expect(table).not.toContainText("differs”");
  await expect(table.locator(".differs__mark")).toHaveCount(0);
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
  await expect(lists.nth(1).locator("li").first().locator("p").first()).toHaveText(/^Fatigue: .*Moderate evidence of benefit$/);

  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel("Back-to-back hard days")).toBeChecked();
  await expect(page.getByLabel("Under $300")).toBeChecked();
});

test.describe("on a 360-pixel-wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the finder's answer opens at the results, not at the top of the form", async ({ page }) => {
    await page.goto("/finder");
    await page.getByLabel("Back-to-back hard days").check();
    await page.getByRole("button", { name: "Show what fits" }).click();
    await expect(page).toHaveURL(/situation=back-to-back/);
    await expect(page.getByRole("heading", { name: "What fits you", exact: true })).toBeInViewport();
  });

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

// The fixture site's four tools of three kinds: the longest comparison it has, rows of numbers among them.
const FOUR = "/compare/tools/air-relief-boots/travel-boots/thump-gun/foam-roller";

/** Where an element is drawn, and whether it is what a reader sees at its centre (not covered by rows scrolled under it). */
async function seen(locator: import("@playwright/test").Locator) {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { top: box.top, bottom: box.bottom, left: box.left, shown: el === top || el.contains(top) };
  });
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width} by ${viewport.height}`, () => {
    test.use({ viewport });

    test("the product names stay in view above the rows while the reader scrolls down the table", async ({ page }) => {
      await page.goto(FOUR);
      const region = page.getByRole("region", { name: /Tools compared/ });
      const header = page.getByRole("columnheader").first();
      const rows = page.getByRole("rowheader");
      // Bring the table up, then scroll with the wheel over it, as a reader does: on a phone the
      // table's frame scrolls, on a desktop the page does.
      await region.evaluate((el) => el.scrollIntoView({ block: "start" }));
      const box = (await region.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, Math.min(box.y + box.height, viewport.height) - 20);
      await page.mouse.wheel(0, 900);
      await expect.poll(async () => (await seen(rows.nth(4))).bottom).toBeLessThan((await seen(header)).bottom);

      const name = await seen(header);
      expect(name.top).toBeGreaterThanOrEqual(0);
      expect(name.bottom).toBeLessThanOrEqual(viewport.height);
      expect(name.shown).toBe(true);
      await expect(header.getByRole("link", { name: "Air Relief Boots", exact: true })).toBeInViewport();
      // several rows have scrolled up past it; it is drawn over them, and the rest show below it
      const bottoms = await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
      expect(bottoms.filter((b) => b <= name.bottom).length).toBeGreaterThanOrEqual(4);
      const next = bottoms.findIndex((b) => b > name.bottom);
      expect((await seen(rows.nth(next + 1))).shown).toBe(true);
    });
  });
}

test.describe("on a 360-pixel-wide phone, sideways", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("says the table scrolls, and keeps the row names at its left edge while the products scroll past", async ({ page }) => {
    await page.goto(FOUR);
    await expect(page.getByText("Scroll the table sideways to see all 4 tools")).toBeVisible();
    const region = page.getByRole("region", { name: /Tools compared/ });
    const frame = (await region.boundingBox())!;
    const rowName = page.getByRole("rowheader", { name: /^Weight/ });
    await rowName.scrollIntoViewIfNeeded();
    // more than one product shows beside the row names before any sideways scrolling
    const second = (await page.getByRole("columnheader").nth(1).boundingBox())!;
    expect(second.x).toBeLessThan(frame.x + frame.width - 40);

    const before = await seen(rowName);
    await region.evaluate((el) => el.scrollBy({ left: 2000 }));
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(300);
    const after = await seen(rowName);
    expect(after.left).toBeCloseTo(before.left, 0);
    expect(after.left - frame.x).toBeLessThan(4);
    expect(after.shown).toBe(true);
    // the last product has come into view beside it
    await expect(page.getByRole("columnheader").last()).toBeInViewport();
  });
});

test.describe("on a 320-pixel-wide phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of [FOUR, "/compare/tools/air-relief-boots/travel-boots/thump-gun"]) {
    test(`${path} scrolls inside its table, never the page`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
    });
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`numbers get bars, drawn apart from their track, in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(FOUR, { waitUntil: "load" });
    const weight = page.getByRole("rowheader", { name: /^Weight/ }).locator("xpath=..");
    // Air Relief Boots, Travel Boots, Thump Gun and Foam Roller each give a weight
    await expect(weight.locator("svg.figure-bar[aria-hidden='true']")).toHaveCount(4);
    const fills = await weight.locator("svg.figure-bar").first().evaluate((svg) =>
      [".figure-bar__fill", ".figure-bar__track"].map((part) => getComputedStyle(svg.querySelector(part)!).fill),
    );
    expect(fills[0]).not.toBe(fills[1]);
  });
}

test("prints as a plain table across the page: no frame, nothing held in place, no forms", async ({ page }) => {
  await page.goto(FOUR);
  await page.emulateMedia({ media: "print" });
  const region = page.getByRole("region", { name: /Tools compared/ });
  expect(await region.evaluate((el) => [getComputedStyle(el).overflowX, getComputedStyle(el).overflowY, getComputedStyle(el).maxHeight])).toEqual(["visible", "visible", "none"]);
  expect(await page.getByRole("columnheader").first().evaluate((el) => getComputedStyle(el).position)).toBe("static");
  expect(await page.getByRole("rowheader").first().evaluate((el) => getComputedStyle(el).position)).toBe("static");
  await expect(page.locator("form.compare-form").first()).toBeHidden();
  await expect(page.getByText("Scroll the table sideways")).toBeHidden();
  await expect(page.getByRole("link", { name: "Start a new comparison" })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
});
