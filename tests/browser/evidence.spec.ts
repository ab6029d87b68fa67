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
  // and the summary naming the grade is in view above the reason, not scrolled off the top
  await expect(page.locator("details:has(#why-soreness) > summary")).toBeInViewport();
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

test("a printed method page keeps its one-sentence summary and its grades' shapes (the planner's print rules hide them only on a plan)", async ({ page }) => {
  await page.goto("/modalities/cold-water-immersion");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("article .lede").first()).toBeVisible();
  await expect(page.locator(".evidence .glyph").first()).toBeVisible();
});

test("the methodology page shows the grading rule the grades are computed with", async ({ page }) => {
  await page.goto("/guides/methodology");
  const rules = page.getByRole("table", { name: /The grading rule/ });
  await expect(rules).toBeVisible();
  await expect(rules.locator("tbody tr")).toHaveCount(7);
});

test.describe("on a tablet", () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test("the map shows every outcome without scrolling sideways, so needs no hint", async ({ page }) => {
    await page.goto("/evidence");
    const region = page.getByRole("region", { name: /methods by outcome/ });
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expect(page.getByText(/Scroll the map sideways/)).toBeHidden();
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 640 } });

  for (const javaScriptEnabled of [true, false]) {
    test(`a link to a grade's reason lands with the whole summary naming the grade in view above it, ${javaScriptEnabled ? "with" : "without"} script`, async ({ browser }) => {
      // Each load in a fresh context, as a reader following a link arrives. Without script, Chromium
      // used to place the target before the deferred sections around it were laid out, and about
      // half such loads landed thousands of pixels away; so the check is made on several loads.
      for (let load = 0; load < 4; load++) {
        const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled, baseURL: test.info().project.use.baseURL });
        const page = await context.newPage();
        await page.goto("/modalities/cold-water-immersion#why-soreness");
        await page.waitForLoadState("load");
        // The misplacement came after load, once the deferred sections took their real heights.
        await page.waitForTimeout(1000);
        const summary = (await page.locator("details:has(#why-soreness) > summary").boundingBox())!;
        const reason = (await page.locator("#why-soreness").boundingBox())!;
        expect(summary.y, `load ${load + 1}`).toBeGreaterThanOrEqual(0);
        expect(summary.y + summary.height, `load ${load + 1}`).toBeLessThanOrEqual(reason.y);
        expect(reason.y, `load ${load + 1}`).toBeLessThan(640);
        await context.close();
      }
    });
  }

  test("the map scrolls inside its region with the outcomes held at the top and the methods at the left", async ({ page }) => {
    await page.goto("/evidence");
    // it says so above the map
    await expect(page.getByText("Scroll the map sideways to see all 5 outcomes")).toBeVisible();
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

// A chart that scrolled sideways hid its intervals off a phone's screen, and one drawn to a fixed
// width cut long method names off on a desktop: every chart must fit its column with every word in view.
for (const width of [320, 1280]) {
  test.describe(`forest plots at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of ["/evidence/by/soreness", "/modalities/cold-water-immersion"]) {
      test(`on ${path}, each chart fits its column with every label whole and apart`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        const charts = page.locator("figure.forest");
        expect(await charts.count()).toBeGreaterThan(0);
        const problems = await charts.evaluateAll((figures) =>
          figures.flatMap((figure, n) => {
            const found: string[] = [];
            if (figure.scrollWidth > figure.clientWidth) found.push(`chart ${n} scrolls: ${figure.scrollWidth} > ${figure.clientWidth}`);
            const frame = figure.getBoundingClientRect();
            const texts = [...figure.querySelectorAll("svg text")].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
            for (const { text, box } of texts) {
              if (box.left < frame.left - 1 || box.right > frame.right + 1) found.push(`chart ${n}: "${text}" runs past the edge`);
            }
            const zero = [...figure.querySelectorAll(".forest__zero")].map((l) => l.getBoundingClientRect());
            for (const { text, box } of texts) {
              if (zero.some((z) => z.left <= box.right && z.right >= box.left && z.top < box.bottom && z.bottom > box.top)) found.push(`chart ${n}: the line at zero crosses "${text}"`);
            }
            texts.forEach((a, i) =>
              texts.slice(i + 1).forEach((b) => {
                const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
                if (!apart) found.push(`chart ${n}: "${a.text}" overlaps "${b.text}"`);
              }),
            );
            return found;
          }),
        );
        expect(problems).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      });
    }
  });
}
