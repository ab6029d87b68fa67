import { expect, test } from "@playwright/test";
import { blockedScripts, expectHydrationScriptsRan, recordViolations, violations } from "./csp-check";

// The policy must let every page's own scripts run (the page hydrates) and stop anything else.
const PAGES = [
  "/",
  "/modalities",
  "/modalities/cold-water-immersion",
  "/tools/normatec-3",
  "/guides/recovery-foundations",
  "/compare/tools/normatec-3/rapid-reboot",
  "/compare?tools=normatec-3,rapid-reboot",
  "/compare?tools=normatec-3,not-a-tool",
  "/finder?situation=back-to-back&area=calves",
  "/search?q=sleep",
  "/tools/not-a-tool",
  "/no/such/page",
];

for (const path of PAGES) {
  test(`the policy names every script of ${path} and nothing is blocked`, async ({ page }) => {
    await recordViolations(page);
    const response = await page.goto(path, { waitUntil: "load" });
    const policy = response?.headers()["content-security-policy"] ?? "";
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
    expect(scriptSrc, path).toMatch(/'(nonce|sha256)-/);
    expect(policy, path).not.toContain("unsafe-inline");
    await expectHydrationScriptsRan(page);
    expect(await violations(page), path).toEqual([]);
  });
}

// The hashes of prerendered pages are taken once, after the build, from what the server sends
// (scripts/serving-manifest.ts). Should the build serve any page otherwise (a page left out of the
// manifest, HTML that changed after it was hashed, Next stamping scripts differently), its
// scripts would be blocked: this finds it, for every page the sitemap lists.
test("every page in the sitemap, a kept comparison and the 404 page are served with a policy that allows each of their scripts", async ({ page, request }) => {
  test.setTimeout(120_000);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
  expect(paths.length).toBeGreaterThan(40);
  await recordViolations(page);
  for (const path of [...paths, "/compare/modalities/sleep/nutrition", "/no/such/page"]) {
    const response = await page.goto(path, { waitUntil: "load" });
    expect(response?.status(), path).toBe(path === "/no/such/page" ? 404 : 200);
    expect(blockedScripts(await response!.text(), response!.headers()["content-security-policy"] ?? ""), path).toEqual([]);
    await expectHydrationScriptsRan(page);
    expect(await violations(page), path).toEqual([]);
  }
});

test("an injected inline script is refused", async ({ page }) => {
  await recordViolations(page);
  await page.goto("/guides/recovery-foundations");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
  });
  await expect.poll(async () => (await violations(page)).length).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test("pages rendered on demand get a fresh nonce on every response", async ({ request }) => {
  const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get("/compare?tools=normatec-3,not-a-tool")).headers()["content-security-policy"])?.[1];
  const first = await nonceOf();
  expect(first).toBeTruthy();
  expect(await nonceOf()).not.toBe(first);
});

test("what is not a document passes no proxy and carries no policy", async ({ request }) => {
  for (const path of ["/sitemap.xml", "/robots.txt", "/feed.xml", "/search-index.json", "/tools/normatec-3/opengraph-image", "/opengraph-image"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-security-policy"], path).toBeUndefined();
  }
  // A user-made path that only looks like one still reaches the proxy's %-escape check.
  expect((await request.get("/tools/%ZZ/opengraph-image")).status()).toBe(400);
});
