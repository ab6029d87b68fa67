import { expect, test } from "@playwright/test";
import { blockedScripts, expectHydrationScriptsRan, recordViolations, violations } from "./csp-check";

// The policy must let every page's own scripts run (the page hydrates) and stop anything else.
const PAGES = [
  "/",
  "/modalities",
  "/modalities/cold-water-immersion",
  "/tools/normatec-3",
  "/guides/recovery-foundations",
  "/studies",
  "/studies/by/kind",
  "/studies/moore-2022",
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
// manifest, HTML that changed after it was hashed, Next stamping scripts differently), that page's
// scripts would be blocked: this finds it, on every page the sitemap lists or a link reaches, kept
// comparisons and pages rendered per request included, and on the 404 page.
test("every page the sitemap lists or a link reaches is served with a policy that allows each of its scripts", async ({ request }) => {
  test.setTimeout(240_000);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const queue = ["/", ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname), "/no/such/page"];
  const seen = new Set(queue);
  const failures: string[] = [];
  let documents = 0;
  for (let url = queue.shift(); url !== undefined && seen.size < 1_000; url = queue.shift()) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (!response.headers()["content-type"]?.startsWith("text/html")) continue;
    documents++;
    const html = await response.text();
    const policy = response.headers()["content-security-policy"] ?? "";
    const blocked = blockedScripts(html, policy);
    if (!policy || policy.includes("unsafe-inline") || blocked.length) failures.push(`${url}: ${policy ? `${blocked.length} inline scripts blocked: ${blocked[0]}` : "no policy"}`);
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="(\/(?!\/)[^"#]*)/g)) {
      const link = href.replaceAll("&amp;", "&");
      if (seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  expect(failures).toEqual([]);
  expect(documents).toBeGreaterThan(150);
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
