import { expect, test, type Page } from "@playwright/test";
import { freePort, startNext } from "../../scripts/next-server.mjs";
import { blockedScripts, expectHydrationScriptsRan, recordViolations, violations } from "./csp-check";

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
  const path = "/compare/tools/powerdot-2/foam-roller/blue-steel-anti-chafe/normatec-3";
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
  await expect(page).toHaveTitle("Compare PowerDot 2.0 vs Foam roller vs Blue Steel anti-chafe cream vs Normatec 3 · Recovery Guide");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
});

test("readers who ask for a comparison while it first renders all get a policy that allows its scripts", async ({ request }) => {
  const path = "/compare/modalities/sleep/elevation/kinesiology-tape/nutrition";
  const responses = await Promise.all(Array.from({ length: 6 }, () => request.get(path)));
  for (const response of [...responses, await request.get(path)]) {
    expect(response.status()).toBe(200);
    expect(blockedScripts(await response.text(), response.headers()["content-security-policy"])).toEqual([]);
  }
});

test("a kept comparison is served from the cache with the same policy by another server process of the same build, as after a restart", async ({ page, request }) => {
  test.setTimeout(60_000);
  const path = "/compare/tools/cryopush/thermosleeve/ice-barrel";
  const kept = await request.get(path);
  expect(kept.status()).toBe(200);
  const second = await startNext(await freePort(Number(process.env.TEST_PORT ?? 3210) + 20));
  try {
    const response = await visit(page, `${second.url}${path}`);
    expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(response.headers()["content-security-policy"]).toBe(kept.headers()["content-security-policy"]);
    expect(blockedScripts(await response.text(), response.headers()["content-security-policy"])).toEqual([]);
  } finally {
    second.stop();
  }
});

test("a comparison with notices is still rendered per request, with a fresh nonce each time", async ({ request }) => {
  const path = "/compare?tools=normatec-3,rapid-reboot,not-a-tool";
  const [a, b] = [await request.get(path), await request.get(path)];
  for (const response of [a, b]) {
    expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(await response.text()).toContain("is not a tool we cover");
  }
  expect(nonceOf(a.headers()["content-security-policy"])).toBeTruthy();
  expect(nonceOf(b.headers()["content-security-policy"])).not.toBe(nonceOf(a.headers()["content-security-policy"]));
});

test("a tidy query redirects to the comparison's path, and a path that is no tidy comparison to the query form", async ({ request }) => {
  for (const [path, location] of [
    ["/compare?tools=normatec-3,rapid-reboot", "/compare/tools/normatec-3/rapid-reboot"],
    ["/compare/tools/normatec-3/not-a-tool", "/compare?tools=normatec-3,not-a-tool"],
    ["/compare/modalities/sleep", "/compare?modalities=sleep"],
    ["/compare/guides/a/b", "/compare"],
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers()["location"], path).toBe(location);
  }
});

test("client-side navigation between kept comparisons works without a page load", async ({ page }) => {
  await visit(page, "/compare/tools/hypervolt-2-pro/theragun-pro/foam-roller");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("link", { name: "Remove Hypervolt 2 Pro from the comparison" }).click();
  await expect(page).toHaveURL(/\/compare\/tools\/theragun-pro\/foam-roller$/);
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(2);
  await expect(page).toHaveTitle(/^Compare Theragun PRO vs Foam roller/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
