import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

// A tidy comparison is rendered on its first request and then served from Next's cache
// (lib/catalog/kept-comparisons.ts). Each test uses a comparison no other test or page links to, so its
// first request here really is the first.

/** Inline scripts the policy does not allow, by nonce or by hash: what a browser would block. */
function blockedScripts(html: string, policy: string): string[] {
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  const blocked: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/.test(attributes) || /\btype="application\/(ld\+)?json"/.test(attributes)) continue;
    const nonce = /\bnonce="([^"]+)"/.exec(attributes)?.[1];
    const hash = `sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`;
    if (!(nonce && scriptSrc.includes(`'nonce-${nonce}'`)) && !scriptSrc.includes(`'${hash}'`)) blocked.push(body.slice(0, 60));
  }
  return blocked;
}

async function visit(page: Page, path: string) {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  const response = await page.goto(path, { waitUntil: "load" });
  // Next's inline bootstrap ran: its flight data queue exists only if the inline scripts executed.
  await expect.poll(() => page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
  await expect(page.getByRole("table").getByRole("columnheader")).not.toHaveCount(0);
  expect(seen, path).toEqual([]);
  return response!;
}

test("a tidy comparison renders once with a nonce, then is served from the cache with its scripts named by hash", async ({ page }) => {
  const path = "/compare?tools=powerdot-2,foam-roller,blue-steel-anti-chafe,normatec-3";
  const first = await visit(page, path);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  expect(first.headers()["content-security-policy"]).toMatch(/'nonce-/);

  const again = await visit(page, path);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  const policy = again.headers()["content-security-policy"];
  expect(policy).not.toMatch(/'nonce-/);
  expect(policy).toMatch(/'sha256-/);
  expect(blockedScripts(await again.text(), policy)).toEqual([]);
  // The kept page is the comparison that was asked for, with its one canonical URL.
  await expect(page).toHaveTitle("Compare PowerDot 2.0 vs Foam roller vs Blue Steel anti-chafe cream vs Normatec 3 · Recovery Guide");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path.replace(/[?]/g, "\\?")}$`));
});

test("readers who ask for a comparison while it first renders all get a policy that allows its scripts", async ({ request }) => {
  const path = "/compare?modalities=sleep,elevation,kinesiology-tape,nutrition";
  const responses = await Promise.all(Array.from({ length: 6 }, () => request.get(path)));
  for (const response of [...responses, await request.get(path)]) {
    expect(response.status()).toBe(200);
    expect(blockedScripts(await response.text(), response.headers()["content-security-policy"])).toEqual([]);
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
  const nonceOf = (response: typeof a) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])?.[1];
  expect(nonceOf(a)).toBeTruthy();
  expect(nonceOf(b)).not.toBe(nonceOf(a));
});

test("the cached route's own paths redirect to the comparison's public URL", async ({ request }) => {
  for (const [path, location] of [
    ["/compare/tools/normatec-3/rapid-reboot", "/compare?tools=normatec-3,rapid-reboot"],
    ["/compare/modalities/sleep/not-a-method", "/compare?modalities=sleep,not-a-method"],
    ["/compare/guides/a/b", "/compare"],
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers()["location"], path).toBe(location);
  }
});

test("client-side navigation between kept comparisons works without a page load", async ({ page }) => {
  await visit(page, "/compare?tools=hypervolt-2-pro,theragun-pro,foam-roller");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("link", { name: "Remove Hypervolt 2 Pro from the comparison" }).click();
  await expect(page).toHaveURL(/tools=theragun-pro,foam-roller$/);
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(2);
  await expect(page).toHaveTitle(/^Compare Theragun PRO vs Foam roller/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
