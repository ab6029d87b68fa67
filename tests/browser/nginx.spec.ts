import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { startNginx, type RunningNginx } from "../../scripts/nginx";
import { freePort } from "../../scripts/next-server.mjs";

// The production nginx recipe (deploy/) in front of the test server: nginx runs from a scratch
// directory on a free loopback port, with an empty cache. The tests below run in order in one
// worker, so they share that nginx (and the first request to a page is a MISS).
test.describe.configure({ mode: "default" });

let nginx: RunningNginx | undefined;

test.beforeAll(async ({}, testInfo) => {
  const upstreamPort = Number(new URL(testInfo.project.use.baseURL!).port);
  nginx = await startNginx({ upstreamPort, port: await freePort(upstreamPort + 1) });
});

test.afterAll(async () => {
  await nginx?.stop();
});

const via = (path: string) => `${nginx!.url}${path}`;
const cacheStatus = (response: APIResponse) => response.headers()["x-cache-status"];

// Headers Next sets for security (next.config.ts, proxy.ts): nginx must pass them through untouched.
const SECURITY_HEADERS = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "x-frame-options",
  "strict-transport-security",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
];

test("a prerendered page is a MISS, then a HIT that still carries Next's own headers", async ({ request }) => {
  const path = "/guides/recovery-foundations";
  const direct = await request.get(path);
  const first = await request.get(via(path));
  const second = await request.get(via(path));

  expect([first.status(), cacheStatus(first)]).toEqual([200, "MISS"]);
  expect([second.status(), cacheStatus(second)]).toEqual([200, "HIT"]);
  expect(second.headers()["content-security-policy"]).toBeTruthy();
  expect(second.headers()["x-content-type-options"]).toBe("nosniff");
  for (const name of [...SECURITY_HEADERS, "cache-control", "etag", "vary", "content-type"]) {
    expect(second.headers()[name], name).toBe(direct.headers()[name]);
  }
  expect(second.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(await second.text()).toBe(await direct.text());

  // A browser revalidating its copy gets a 304 from the cache.
  const revalidated = await request.get(via(path), { headers: { "if-none-match": second.headers().etag } });
  expect([revalidated.status(), cacheStatus(revalidated)]).toEqual([304, "HIT"]);
});

test("/_next/static comes from disk, immutable, with the security headers Next gives it; unknown files are 404", async ({ request }) => {
  const html = await (await request.get(via("/tools"))).text();
  const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
  expect(assets.length).toBeGreaterThan(1);
  for (const asset of assets.slice(0, 6)) {
    const [fromNginx, fromNext] = [await request.get(via(asset)), await request.get(asset)];
    expect(fromNginx.status(), asset).toBe(200);
    expect(fromNginx.headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
    expect(cacheStatus(fromNginx), `${asset} must not be proxied`).toBeUndefined();
    expect(fromNginx.headers()["content-type"], asset).toBe(fromNext.headers()["content-type"]?.toLowerCase());
    // nginx sends these itself here (deploy/nginx.conf.template): they must match next.config.ts.
    for (const name of SECURITY_HEADERS) expect(fromNginx.headers()[name], `${asset}: ${name}`).toBe(fromNext.headers()[name]);
    expect((await fromNginx.body()).equals(await fromNext.body()), asset).toBe(true);
  }
  for (const missing of ["/_next/static/chunks/no-such-chunk.js", "/_next/static/", "/_next/static/chunks"]) {
    const response = await request.get(via(missing));
    expect(response.status(), missing).toBe(404);
    expect(response.headers()["cache-control"] ?? "", missing).not.toContain("immutable");
    expect(response.headers()["x-content-type-options"], missing).toBe("nosniff");
  }
});

test("a page rendered from its query is cached by URL, with a policy that fits the page every reader gets", async ({ request }) => {
  const path = "/finder?situation=back-to-back&area=calves";
  const [first, second, third] = [await request.get(via(path)), await request.get(via(path)), await request.get(via(path))];
  expect([first, second, third].map(cacheStatus)).toEqual(["MISS", "HIT", "HIT"]);
  for (const response of [first, second, third]) {
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])?.[1];
    expect(nonce).toBeTruthy();
    // Every script of the stored page carries the nonce its stored policy names.
    const html = await response.text();
    const stamped = [...html.matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g)].map((m) => m[1]);
    expect(stamped.length).toBeGreaterThan(0);
    expect(new Set(stamped)).toEqual(new Set([nonce]));
  }
  expect(await third.text()).toBe(await first.text());
});

test("equivalent URLs of a query page share its one cache entry, through one cached redirect", async ({ request }) => {
  const canonical = "/search?q=recovery+boots";
  const equivalents = ["/search?Q=recovery+boots", "/search?utm_source=news&q=recovery+boots", "/search?q=recovery%20boots&fbclid=1"];
  for (const path of equivalents) {
    const response = await request.get(via(path), { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers().location, path).toBe(canonical);
  }
  const again = await request.get(via(equivalents[1]), { maxRedirects: 0 });
  expect(cacheStatus(again)).toBe("HIT"); // the redirect itself is kept
  const statuses = [];
  for (const path of equivalents) {
    const response = await request.get(via(path)); // follows the redirect
    statuses.push(cacheStatus(response));
    expect(response.url()).toBe(via(canonical));
  }
  expect(statuses.slice(1)).toEqual(["HIT", "HIT"]);
});

test("a page rendered per request for its notices is still cached by URL, and never redirected to itself", async ({ request }) => {
  const path = "/compare?tools=air-relief-boots,travel-boots,not-a-tool";
  const statuses = [];
  for (let i = 0; i < 3; i++) {
    const response = await request.get(via(path), { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    statuses.push(cacheStatus(response));
    expect(response.headers()["content-security-policy"]).toMatch(/'nonce-/);
    expect(await response.text()).toContain("Travel Boots");
  }
  expect(statuses).toEqual(["MISS", "HIT", "HIT"]);
});

test("a kept comparison is cached like a prerendered page, from its first response", async ({ request }) => {
  // A comparison no other test asks for, so that this is its first request.
  const path = "/compare/tools/vibe-ball/ice-tub/travel-boots";
  const [first, second, third] = [await request.get(via(path)), await request.get(via(path)), await request.get(via(path))];
  expect([first, second, third].map(cacheStatus)).toEqual(["MISS", "HIT", "HIT"]);
  for (const response of [first, second, third]) {
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("s-maxage");
    // The kept page's nonce is the one its first render stamped, so the stored policy still fits it.
    expect(response.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  }
  expect(await third.text()).toBe(await first.text());
});

test("an unknown page is a 404, never cached", async ({ request }) => {
  for (const path of ["/no/such/page", "/no/such/page", "/tools/not-a-tool", "/tools/not-a-tool"]) {
    const response = await request.get(via(path));
    expect(response.status(), path).toBe(404);
    expect(cacheStatus(response), path).not.toBe("HIT");
    expect(await response.text()).toContain("Page not found");
  }
});

test("the RSC payload and the HTML of one URL are cached apart", async ({ request }) => {
  // With only `RSC: 1`, Next's cache-busting `_rsc` parameter is empty.
  const url = via("/tools/air-relief-boots?_rsc=");
  const rsc = { rsc: "1" };
  const sequence = [
    [await request.get(url), "text/html", "MISS"],
    [await request.get(url, { headers: rsc }), "text/x-component", "MISS"],
    [await request.get(url), "text/html", "HIT"],
    [await request.get(url, { headers: rsc }), "text/x-component", "HIT"],
  ] as const;
  for (const [response, type, status] of sequence) {
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
    expect(cacheStatus(response)).toBe(status);
  }
});

/** Opens the methods index through nginx, follows its links client-side, and returns the RSC responses seen. */
async function navigate(page: Page) {
  const rscResponses: { url: string; status: number; type: string; cache: string }[] = [];
  page.on("response", (response) => {
    if (response.request().headers()["rsc"] !== "1") return;
    const headers = response.headers();
    rscResponses.push({ url: response.url(), status: response.status(), type: headers["content-type"], cache: headers["x-cache-status"] });
  });
  await page.goto(via("/modalities"));
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await page.getByRole("link", { name: "Pneumatic compression", exact: true }).first().click();
  await expect(page).toHaveURL(via("/modalities/pneumatic-compression"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pneumatic compression");
  const tools = page.locator("section", { has: page.getByRole("heading", { name: "Tools we review for this method" }) });
  await tools.getByRole("link", { name: "Air Relief Boots" }).click();
  await expect(page).toHaveURL(via("/tools/air-relief-boots"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Air Relief Boots");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pneumatic compression");

  // Still the same document: the router swapped the content without a full page load.
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  return rscResponses;
}

test("client-side navigation works through nginx, and a second reader gets its payloads from the cache", async ({ browser }) => {
  const first = await browser.newPage();
  const firstResponses = await navigate(first);
  await first.close();
  expect(firstResponses.length).toBeGreaterThan(0);
  for (const response of firstResponses) {
    expect(response.status, response.url).toBe(200);
    expect(response.type, response.url).toContain("text/x-component");
  }

  const second = await browser.newPage();
  const secondResponses = await navigate(second);
  await second.close();
  expect(secondResponses.filter((r) => r.cache === "HIT").length).toBeGreaterThan(0);
});
