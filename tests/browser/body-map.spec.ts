import { expect, test, type Locator, type Page } from "@playwright/test";

// The body map (components/BodyMap.tsx) in the finder and the planner on the fixture site: a
// drawing whose areas choose body areas, over plain radio buttons and checkboxes named "area".

const finderMap = (page: Page) => page.getByRole("group", { name: "Where do you feel it most?" });
const planMap = (page: Page) => page.getByRole("group", { name: "Where it bothers you" });
/** An area as drawn on the picture (its first shape; each area is drawn on both legs). */
const drawn = (page: Page, area: string) => page.locator(`.body-map__hit--${area} path`).first();
/** Whether the drawing shows the area as chosen (hatched, by CSS from the checked control). */
const shownChosen = (shape: Locator) => shape.evaluate((el) => getComputedStyle(el).fill.startsWith("url("));

/** Submits the finder and checks the answer went into the URL and came back chosen, in the list and on the drawing. */
async function findWith(page: Page, area: string, label: string) {
  await page.getByRole("button", { name: "Show what fits" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]area=${area}(&|#|$)`));
  await expect(finderMap(page).getByRole("radio", { name: label })).toBeChecked();
  expect(await shownChosen(drawn(page, area))).toBe(true);
}

test("in the finder, a click on an area of the drawing chooses it, and the answer goes into the URL", async ({ page }) => {
  await page.goto("/finder");
  const map = finderMap(page);
  await expect(map.getByRole("radio", { name: "Anywhere" })).toBeChecked();
  expect(await shownChosen(drawn(page, "calves"))).toBe(false);

  await drawn(page, "calves").click();
  await expect(map.getByRole("radio", { name: "Calves" })).toBeChecked();
  await expect(map.getByRole("radio", { name: "Anywhere" })).not.toBeChecked();
  expect(await shownChosen(drawn(page, "calves"))).toBe(true);

  await drawn(page, "hamstrings").click();
  await expect(map.getByRole("radio", { name: "Hamstrings" })).toBeChecked();
  await expect(map.getByRole("radio", { name: "Calves" })).not.toBeChecked();
  expect(await shownChosen(drawn(page, "calves"))).toBe(false);

  await findWith(page, "hamstrings", "Hamstrings");
});

test("in the finder, the keyboard reaches the areas with Tab and moves through them with the arrow keys", async ({ page }) => {
  await page.goto("/finder");
  const map = finderMap(page);
  // Tab from the question before lands on the group's checked choice
  await page.getByRole("group", { name: /What is your situation/ }).getByRole("checkbox").last().focus();
  await page.keyboard.press("Tab");
  await expect(map.getByRole("radio", { name: "Anywhere" })).toBeFocused();

  // the areas on the drawing come just before: up from Anywhere to the feet, then the shins
  await page.keyboard.press("ArrowUp");
  await expect(map.getByRole("radio", { name: "Feet and arches" })).toBeChecked();
  await page.keyboard.press("ArrowUp");
  const shins = map.getByRole("radio", { name: "Shins" });
  await expect(shins).toBeFocused();
  await expect(shins).toBeChecked();
  expect(await shownChosen(drawn(page, "shins"))).toBe(true);
  expect(await shownChosen(drawn(page, "feet-and-arches"))).toBe(false);

  await findWith(page, "shins", "Shins");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the finder's drawing is a plain form: the area clicked is the area sent", async ({ page }) => {
    await page.goto("/finder");
    await drawn(page, "knees").click();
    await expect(finderMap(page).getByRole("radio", { name: "Knees" })).toBeChecked();
    await findWith(page, "knees", "Knees");
  });

  test("the planner takes several areas, by click on the drawing and by Space on a checkbox", async ({ page }) => {
    await page.goto("/plan");
    await page.getByText("Tools you own and what bothers you").click();
    const map = planMap(page);
    await drawn(page, "calves").click();
    await drawn(page, "back").click();
    await drawn(page, "calves").click(); // a second click takes it back
    await map.getByRole("checkbox", { name: "IT band" }).focus();
    await page.keyboard.press("Space");
    await expect(map.getByRole("checkbox", { name: "Back" })).toBeChecked();
    await expect(map.getByRole("checkbox", { name: "IT band" })).toBeChecked();
    await expect(map.getByRole("checkbox", { name: "Calves" })).not.toBeChecked();

    await page.getByRole("button", { name: "Plan my week" }).click();
    const areas = new URL(page.url()).searchParams.getAll("area");
    expect(areas.sort()).toEqual(["back", "it-band"]);
    // the planned page keeps the answers, shown on the drawing too
    await expect(planMap(page).getByRole("checkbox", { name: "Back" })).toBeChecked();
    await expect(planMap(page).getByRole("checkbox", { name: "IT band" })).toBeChecked();
    expect(await shownChosen(drawn(page, "it-band"))).toBe(true);
    expect(await shownChosen(drawn(page, "calves"))).toBe(false);
  });
});

test("with JavaScript, the planner's address follows the areas chosen on the drawing", async ({ page }) => {
  await page.goto("/plan?week=2026-12-07&sat=long");
  await page.waitForLoadState("load");
  await page.getByText("Change your week").click();
  await page.getByText("Tools you own and what bothers you").click();
  await drawn(page, "quads").click();
  await drawn(page, "feet-and-arches").click();
  await expect.poll(() => new URL(page.url()).searchParams.getAll("area").sort()).toEqual(["feet-and-arches", "quads"]);
  await expect(planMap(page).getByRole("checkbox", { name: "Quads" })).toBeChecked();
});

test.describe("on a 320-pixel-wide phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ["/finder", "/plan?area=calves"]) {
    test(`${path} fits without sideways scrolling, its body map included`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(".body-map__picture")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // every choice is inside the page
      const right = await page.locator(".body-map__choice").evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(320);
    });
  }
});
