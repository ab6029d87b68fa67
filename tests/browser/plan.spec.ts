import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";

// The planner on the fixture site (rules: tests/fixtures/site/planner.md). A runner fills a week
// with script off (a plain GET form) and on (the plan follows the form with no round trip), shares
// the link, prints it and downloads the calendar.

async function fillWeek(page: Page) {
  await page.getByLabel("Week starting (Monday)").fill("2026-12-07");
  await page.getByLabel("Tuesday, session 1").selectOption({ label: "Intervals or tempo, evening" });
  await page.getByLabel("Thursday, session 1").selectOption({ label: "Strength session, morning" });
  await page.getByLabel("Saturday, session 1").selectOption({ label: "Long run, morning" });
}

const day = (page: Page, name: string) => page.locator(".plan-day").filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^${name}`) }) });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a runner fills a week, gets a plan whose every suggestion links to its grade, and shares it by its URL", async ({ page }) => {
    await page.goto("/plan");
    await fillWeek(page);
    await page.getByRole("button", { name: "Plan my week" }).click();
    await expect(page).toHaveURL(/[?&]tue=intervals.evening/);
    await expect(page).toHaveURL(/[?&]week=2026-12-07/);

    const tuesday = day(page, "Tuesday");
    await expect(tuesday.getByRole("heading", { level: 5, name: "Within 30 minutes" })).toBeVisible();
    await expect(tuesday.getByRole("link", { name: "Nutrition", exact: true })).toHaveAttribute("href", "/modalities/nutrition");
    await expect(tuesday.getByRole("link", { name: "why this grade for Nutrition" })).toHaveAttribute("href", "/modalities/nutrition#why-performance");
    const thursday = day(page, "Thursday");
    await expect(thursday.getByText("Skip cold water immersion")).toBeVisible();
    await expect(thursday.getByText("Evidence of harm or blunted gains")).toBeVisible();
    // every suggestion and skip names a grade and links to why
    const items = page.locator(".plan-item, .plan-skip");
    const count = await items.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      if ((await item.getByText("Nothing new").count()) > 0) continue;
      await expect(item.locator(".grade__label")).toHaveCount(1);
      await expect(item.getByRole("link", { name: /^why this grade/ })).toHaveAttribute("href", /#why-/);
    }

    const shared = page.url();
    await page.goto(shared);
    await expect(page.getByLabel("Tuesday, session 1")).toHaveValue("intervals.evening");
    await expect(day(page, "Saturday").getByRole("link", { name: "Cold water immersion", exact: true })).toBeVisible();
  });

  test("a preset fills the form and the plan in one click, and opens at the plan", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/plan");
    await page.getByRole("link", { name: "Race week" }).click();
    await expect(page).toHaveURL(/[?&]sun=race/);
    // on a phone the plan is far below the presets and the form: the link lands on it
    await expect(page.getByRole("heading", { name: "Your recovery week", exact: true })).toBeInViewport();
    await expect(page.getByLabel("Sunday, session 1")).toHaveValue("race");
    await expect(day(page, "Sunday")).toContainText("Race day");
    await expect(day(page, "Wednesday")).toContainText("Nothing new");
  });

  test("odd input gets a clear message, not an error", async ({ page }) => {
    const response = await page.goto("/plan?week=banana&mon=nap&race=1999-01-01");
    expect(response?.status()).toBe(200);
    const notices = page.getByRole("status");
    await expect(notices).toContainText("is not a date written YYYY-MM-DD");
    await expect(notices).toContainText("is not a session we know");
    await expect(notices).toContainText("does not change the plan");
  });

  test("the calendar file holds the week's recovery slots, and parses back", async ({ page }) => {
    await page.goto("/plan?week=2026-12-07&tue=intervals.evening&sat=long");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Add the week to your calendar (.ics)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("recovery-week-2026-12-07.ics");
    const calendar = new ICAL.Component(ICAL.parse(readFileSync((await file.path())!, "utf8")));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    // Tuesday and Saturday: refuel, sleep and a cold bath after each
    expect(events).toHaveLength(6);
    const tuesday = events.filter((e) => e.startDate.toString().startsWith("2026-12-08"));
    expect(tuesday.map((e) => e.summary).sort()).toEqual(
      ["Cold water immersion after your intervals or tempo", "Nutrition after your intervals or tempo", "Sleep after your intervals or tempo"].sort(),
    );
  });

  test("printed, the week fits on one page, without the form", async ({ page }) => {
    await page.goto("/plan?week=2026-12-07&mon=easy&tue=intervals.evening&wed=easy&thu=strength&thu=easy.evening&fri=easy&sat=long&sun=easy&own=foam-roller");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".plan-form")).toBeHidden();
    await expect(page.getByText("Change your week")).toBeHidden();
    await expect(day(page, "Saturday")).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});

test.describe("with JavaScript", () => {
  test("on a phone, pressing Plan my week shows the plan, which sits far below the form", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/plan?week=2026-12-07");
    await page.waitForLoadState("load");
    await page.getByLabel("Saturday, session 1").selectOption({ label: "Long run, morning" });
    const heading = page.getByRole("heading", { name: "Your recovery week", exact: true });
    await expect(heading).not.toBeInViewport();
    await page.getByRole("button", { name: "Plan my week" }).click();
    await expect(day(page, "Saturday").getByRole("link", { name: "Nutrition", exact: true })).toBeAttached();
    await expect(heading).toBeInViewport();
  });

  test("a change made while the page's scripts are still loading is planned once they run", async ({ page }) => {
    // Hold back the page's scripts until the runner has already changed the form.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/plan?week=2026-12-07", { waitUntil: "domcontentloaded" });
    await page.getByLabel("Saturday, session 1").selectOption({ label: "Long run, morning" });
    await expect(page.getByText(/Your week has no sessions yet/)).toBeVisible();
    release();
    await expect(day(page, "Saturday").getByRole("link", { name: "Nutrition", exact: true })).toBeVisible();
    await expect(page).toHaveURL(/[?&]sat=long(&|#|$)/);
  });

  test("the plan follows the form as it changes, with no round trip, and the address follows too", async ({ page }) => {
    await page.goto("/plan?week=2026-12-07");
    await page.waitForLoadState("load");
    const documents: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "document" || r.headers()["rsc"] === "1") documents.push(r.url());
    });
    await expect(page.getByText(/Your week has no sessions yet/)).toBeVisible();
    await page.getByLabel("Saturday, session 1").selectOption({ label: "Long run, morning" });
    await expect(day(page, "Saturday").getByRole("link", { name: "Nutrition", exact: true })).toBeVisible();
    await expect(page).toHaveURL(/[?&]sat=long(&|#|$)/);
    await page.getByLabel("Minutes free after a session").selectOption({ label: "None" });
    await expect(day(page, "Saturday").getByRole("link", { name: "Cold water immersion", exact: true })).toHaveCount(0);
    expect(documents).toEqual([]);

    // the link on screen is the plan on screen
    const shared = page.url();
    await page.goto(shared);
    await expect(page.getByLabel("Saturday, session 1")).toHaveValue("long");
    await expect(day(page, "Saturday").getByRole("link", { name: "Cold water immersion", exact: true })).toHaveCount(0);
  });
});
