import { expect, test } from "@playwright/test";
import { QUERY_PAGES } from "@/lib/web/cache-key";

// Each page rendered from its query has one URL per question (lib/web/cache-key.ts): its form
// must send exactly the parameters that list names, in its order, or every submission would cost
// a redirect to the canonical URL.
test.use({ javaScriptEnabled: false });

const START: Record<string, string> = {
  "/search": "/search?q=boots",
  "/finder": "/finder",
  "/plan": "/plan?week=2026-12-07&mon=easy&thu=strength.morning&thu=easy.evening",
  "/tools/browse": "/tools/browse",
};
// The compare form sends a slot for each of up to four tools, blanks included, and the compare page
// itself tidies that into one short URL (compare.spec.ts); its parameters are checked below.

test("every query page but compare has a form here to test, and compare's form sends only what the list names", async ({ page }) => {
  expect([...Object.keys(START), "/compare"].sort()).toEqual(Object.keys(QUERY_PAGES).sort());
  await page.goto("/compare?tools=air-relief-boots");
  const names = await page.locator('form[action="/compare"] [name]').evaluateAll((fields) => fields.map((f) => f.getAttribute("name")));
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((name) => QUERY_PAGES["/compare"].includes(name!))).toBe(true);
});

for (const [path, start] of Object.entries(START)) {
  test(`${path}: submitting its form goes straight to the canonical URL, with no redirect`, async ({ page }) => {
    await page.goto(start);
    // A form may send the reader to a place on the answer page (the finder's results): same page, same query.
    const ofPath = `form[action="${path}"], form[action^="${path}#"]`;
    const form = page.locator(ofPath).first();
    // The planner folds its form away under the plan it shows.
    const fold = page.locator(`details:has(${ofPath}) > summary`);
    if (await fold.count()) await fold.first().click();
    const [response] = await Promise.all([page.waitForNavigation(), form.locator("button[type=submit], button:not([type])").first().click()]);
    expect(response?.request().redirectedFrom() ?? null, "the submission was redirected").toBeNull();
    expect(response?.status()).toBe(200);
    const sent = [...new URL(page.url()).searchParams.keys()];
    const order = QUERY_PAGES[path];
    expect(sent.every((name) => order.includes(name)), `${sent} within ${order}`).toBe(true);
    expect(sent.map((name) => order.indexOf(name))).toEqual([...sent.map((name) => order.indexOf(name))].sort((a, b) => a - b));
  });
}
