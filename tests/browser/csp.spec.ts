import { expect, test } from "@playwright/test";
import { crawlForBlockedScripts, expectHydrationScriptsRan, recordViolations, violations } from "./csp-check";

// The policy must let every page's own scripts run (the page hydrates) and stop anything else.
const PAGES = [
  "/",
  "/modalities",
  "/modalities/cold-water-immersion",
  "/tools/air-relief-boots",
  "/guides/recovery-foundations",
  "/studies",
  "/studies/by/kind",
  "/studies/machado-2016",
  "/compare/tools/air-relief-boots/travel-boots",
  "/compare?tools=air-relief-boots,travel-boots",
  "/compare?tools=air-relief-boots,not-a-tool",
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

// The fixture site's documents as the crawl finds them: its sitemap's 32 pages and the 404 page,
// and past them the comparisons its tool and method pages link to. Fewer, and the crawl stopped early.
const DOCUMENTS = 60;

// The crawl (csp-check.ts) over every page of the fixture build; site-smoke.spec.ts runs it over
// the real build too, since that is the one that ships.
test("every page the sitemap lists or a link reaches is served with a policy that allows each of its scripts", async ({ request }) => {
  test.setTimeout(120_000);
  const { failures, documents } = await crawlForBlockedScripts(request);
  expect(failures).toEqual([]);
  expect(documents).toBeGreaterThanOrEqual(DOCUMENTS);
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

test("a page rendered from its query has a nonce that belongs to its URL; a page not found gets a fresh one each time", async ({ request }) => {
  const nonceOf = async (path: string) => /'nonce-([^']+)'/.exec((await request.get(path, { maxRedirects: 0 })).headers()["content-security-policy"])?.[1];
  const first = await nonceOf("/compare?tools=air-relief-boots,not-a-tool");
  expect(first).toBeTruthy();
  expect(await nonceOf("/compare?tools=air-relief-boots,not-a-tool")).toBe(first);
  expect(await nonceOf("/compare?tools=travel-boots,not-a-tool")).not.toBe(first);
  const missing = await nonceOf("/no/such/page");
  expect(missing).toBeTruthy();
  expect(await nonceOf("/no/such/page")).not.toBe(missing);
});

test("what is not a document passes no proxy and carries no policy", async ({ request }) => {
  for (const path of ["/sitemap.xml", "/robots.txt", "/feed.xml", "/search-index/meta.json", "/healthz", "/tools/air-relief-boots/opengraph-image", "/opengraph-image"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-security-policy"], path).toBeUndefined();
  }
  // A user-made path that only looks like one still reaches the proxy's %-escape check.
  expect((await request.get("/tools/%ZZ/opengraph-image")).status()).toBe(400);
  expect((await request.get("/search-index/%ZZ.json")).status()).toBe(400);
});
