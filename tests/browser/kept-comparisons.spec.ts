import { expect, test, type Page } from "@playwright/test";
import { freePort, startNext } from "../../scripts/next-server.mjs";
import { blockedScripts, expectHydrationScriptsRan, recordViolations, violations } from "./csp-check";
import { FIXTURE_BUILD, FIXTURE_PORT } from "./servers";

// A tidy comparison has its own path, rendered on its first request and then served from Next's
// cache (lib/catalog/kept-comparisons.ts). Each test uses a comparison no other test or page links
// to, so its first request here really is the first.

async function visit(page: Page, url: string) {
  await recordViolations(page);
  const response = await page.goto(url, { waitUntil: "load" });
  await expectHydrationScriptsRan(page);
  await expect(page.getByRole("table").getByRole("columnheader")).not.toHaveCount(0);
  expect(await violations(page), url).toEqual([]);
  return response!;
}

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test("a tidy comparison renders once, then is served from the cache with the same nonce, and both hydrate", async ({ page }) => {
  const path = "/compare/tools/vibe-ball/foam-roller/ice-tub/air-relief-boots";
  const first = await visit(page, path);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonce).toBeTruthy();
  expect(blockedScripts(await first.text(), first.headers()["content-security-policy"])).toEqual([]);

  const again = await visit(page, path);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(again.headers()["cache-control"]).toContain("s-maxage");
  expect(nonceOf(again.headers()["content-security-policy"])).toBe(nonce);
  expect(blockedScripts(await again.text(), again.headers()["content-security-policy"])).toEqual([]);
  // The kept page is the comparison that was asked for, and its path is its canonical URL.
  await expect(page).toHaveTitle("Compare Vibe Ball vs Foam Roller vs Ice Tub vs Air Relief Boots · Recovery Guide");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
});

test("readers who ask for a comparison while it first renders all get a policy that allows its scripts", async ({ request }) => {
  const path = "/compare/modalities/nutrition/cryotherapy-chamber/percussion-massage/sleep";
  const responses = await Promise.all(Array.from({ length: 6 }, () => request.get(path)));
  for (const response of [...responses, await request.get(path)]) {
    expect(response.status()).toBe(200);
    expect(blockedScripts(await response.text(), response.headers()["content-security-policy"])).toEqual([]);
  }
});

test("another server process of the same build, or the same after a restart, renders a kept comparison afresh with the same policy", async ({ page, request }) => {
  test.setTimeout(60_000);
  const path = "/compare/tools/ice-tub/thump-gun/travel-boots";
  const kept = await request.get(path);
  expect(kept.status()).toBe(200);
  // The same fixture build, read from the same folder, as playwright.config.ts serves it.
  const second = await startNext(await freePort(FIXTURE_PORT + 20), { env: FIXTURE_BUILD, workers: 1 });
  try {
    // Each process keeps its pages in its own memory (next.config.ts, isrFlushToDisk), so the
    // second renders the page itself; nginx, in front of them all, keeps the one it was sent.
    const response = await visit(page, `${second.url}${path}`);
    expect(response.headers()["x-nextjs-cache"]).toBe("MISS");
    expect(response.headers()["content-security-policy"]).toBe(kept.headers()["content-security-policy"]);
    expect(blockedScripts(await response.text(), response.headers()["content-security-policy"])).toEqual([]);
  } finally {
    second.stop();
  }
});

test("a comparison with notices is never kept by Next, but may be cached by URL, with a nonce that belongs to that URL", async ({ request }) => {
  const path = "/compare?tools=air-relief-boots,travel-boots,not-a-tool";
  const [a, b] = [await request.get(path), await request.get(path)];
  for (const response of [a, b]) {
    expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(response.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    expect(await response.text()).toContain("is not a tool we cover");
  }
  expect(nonceOf(a.headers()["content-security-policy"])).toBeTruthy();
  expect(nonceOf(b.headers()["content-security-policy"])).toBe(nonceOf(a.headers()["content-security-policy"]));
  expect(await b.text()).toContain(`nonce="${nonceOf(b.headers()["content-security-policy"])}"`);
});

test("a tidy query redirects to the comparison's path, and a path that is no tidy comparison to the query form", async ({ request }) => {
  for (const [path, location] of [
    ["/compare?tools=air-relief-boots,travel-boots", "/compare/tools/air-relief-boots/travel-boots"],
    ["/compare/tools/air-relief-boots/not-a-tool", "/compare?tools=air-relief-boots,not-a-tool"],
    ["/compare/modalities/sleep", "/compare?modalities=sleep"],
    ["/compare/guides/a/b", "/compare"],
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers()["location"], path).toBe(location);
  }
});

test("client-side navigation between kept comparisons works without a page load", async ({ page }) => {
  await visit(page, "/compare/tools/vibe-roller/thump-gun/foam-roller");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("link", { name: "Remove Vibe Roller from the comparison" }).click();
  await expect(page).toHaveURL(/\/compare\/tools\/thump-gun\/foam-roller$/);
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(2);
  await expect(page).toHaveTitle(/^Compare Thump Gun vs Foam Roller/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
