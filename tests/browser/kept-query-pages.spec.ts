import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { keptQueryPath } from "../../lib/web/kept-query-pages";
import { blockedScripts, expectHydrationScriptsRan, recordViolations, violations } from "./csp-check";
import { FIXTURE_BUILD } from "./servers";

// A canonical finder, search or planner URL is rendered once through the route that keeps it, then served
// from Next's cache (lib/web/kept-query-pages.ts). Each test asks a query no other test or page
// links to, so its first request here really is the first.

async function visit(page: Page, url: string) {
  await recordViolations(page);
  const response = await page.goto(url, { waitUntil: "load" });
  await expectHydrationScriptsRan(page);
  expect(await violations(page), url).toEqual([]);
  expect(blockedScripts(await response!.text(), response!.headers()["content-security-policy"])).toEqual([]);
  return response!;
}

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test("a finder answer renders once, then comes from the cache with the same nonce, under its own address", async ({ page }) => {
  const url = "/finder?situation=race-week&area=hamstrings&setting=gym&market=au&budget=under-300";
  const first = await visit(page, url);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  const again = await visit(page, url);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(nonceOf(again.headers()["content-security-policy"])).toBe(nonceOf(first.headers()["content-security-policy"]));
  expect(again.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
  await expect(page).toHaveURL(new RegExp(`${url.replace(/[?]/g, "\\?")}$`));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/finder$/);
  await expect(page.getByRole("checkbox", { name: "Race week" })).toBeChecked();
  await expect(page.getByRole("link", { name: "Plan my week with these" })).toBeVisible();
});

test("a kept finder answer navigates client-side like any page, and back", async ({ page }) => {
  await visit(page, "/finder?situation=little-time&area=knees");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/finder\?situation=little-time&area=knees$/);
  await expect(page.getByRole("checkbox", { name: "Little time for recovery" })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test("a search with unusual characters is kept too, shows what was typed, and the box still answers as you type", async ({ page }) => {
  const url = "/search?q=thump+%2F+gun+%C3%A9t%C3%A9+%3Cb%3E";
  const first = await visit(page, url);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  const again = await visit(page, url);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  const box = page.getByLabel("Search the guide");
  await expect(box).toHaveValue("thump / gun été <b>");
  await box.fill("carry-on bag");
  await expect(page.locator(".search-list")).toContainText("Travel Boots");
  await expect(page).toHaveURL(/\/search\?q=carry-on\+bag$/);
});

test("a plan that names its week is kept and re-plans in the browser; a plan for whatever week is current renders per request", async ({ page, request }) => {
  const url = "/plan?week=2027-03-01&mon=long&wed=strength.evening&fri=easy&minutes=45";
  const first = await visit(page, url);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  const again = await visit(page, url);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(nonceOf(again.headers()["content-security-policy"])).toBe(nonceOf(first.headers()["content-security-policy"]));
  await page.getByText("Change your week").click();
  await page.getByLabel("Friday, session 1").selectOption({ label: "Long run, morning" });
  await expect(page).toHaveURL(/[?&]fri=long(&|$)/);
  for (const response of [await request.get("/plan?mon=long"), await request.get("/plan?mon=long")]) {
    expect(response.status()).toBe(200);
    expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
  }
});

test("the kept routes' own addresses send a reader to the page they stand for", async ({ request }) => {
  for (const [path, location] of [
    [keptQueryPath("/finder", "situation=travel")!, "/finder?situation=travel"],
    ["/search/kept/not-a-key", "/search"],
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers()["location"], path).toBe(location);
  }
});

test("a kept page lives in the server's memory: serving writes nothing into the build", async ({ request }) => {
  // Several server processes share one build (scripts/start.mjs); a page written there by one
  // could be read half-written by another (next.config.ts, isrFlushToDisk).
  const url = "/finder?situation=travel&area=back&setting=gym&budget=free";
  expect((await request.get(url)).headers()["x-nextjs-cache"]).toBe("MISS");
  expect((await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");
  expect((await request.get("/tools/air-relief-boots")).status()).toBe(200);
  const server = join(FIXTURE_BUILD.NEXT_DIST_DIR, "server");
  const built = statSync(join(FIXTURE_BUILD.NEXT_DIST_DIR, "serving-manifest.json")).mtimeMs;
  const written = readdirSync(server, { recursive: true, encoding: "utf8" }).filter((file) => statSync(join(server, file)).mtimeMs > built);
  expect(written).toEqual([]);
});
