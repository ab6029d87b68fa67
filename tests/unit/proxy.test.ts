import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NextRequest } from "next/server";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { getCatalog } from "@/lib/catalog/catalog";
import { MAX_KEPT_COMPARISONS } from "@/lib/catalog/kept-comparisons";
import { QUERY_PAGE_CACHE_CONTROL } from "@/lib/web/cache-key";
import { keptPageNonce } from "@/lib/web/csp";
import { keptQueryKey, keptQueryPath, MAX_KEPT_QUERY_PAGES } from "@/lib/web/kept-query-pages";
import { KEPT_KEY_HEADER } from "@/lib/web/kept-query-routes";
import type { ServingManifest } from "@/lib/web/serving-manifest";

// proxy.ts as `next start` runs it: its build's ID built in, the manifest read from its distDir.
const dist = mkdtempSync(join(tmpdir(), "proxy-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const MANIFEST: ServingManifest = {
  buildId: "build-1",
  keptPageSecret: "k".repeat(44),
  pages: { "/": ["sha256-aG9tZQ=="], "/guides/recovery-foundations": ["sha256-Z3VpZGU="] },
  notFound: ["sha256-bm90Zm91bmQ="],
};

async function proxyFor({ manifest, buildId = "build-1", makingManifest = false }: { manifest?: unknown; buildId?: string; makingManifest?: boolean }) {
  rmSync(join(dist, "serving-manifest.json"), { force: true });
  if (manifest !== undefined) writeFileSync(join(dist, "serving-manifest.json"), JSON.stringify(manifest));
  vi.stubEnv("NEXT_DIST_DIR", dist);
  vi.stubEnv("RECOVERY_BUILD_ID", buildId);
  vi.stubEnv("RECOVERY_MAKING_MANIFEST", makingManifest ? "1" : "");
  vi.resetModules();
  const { proxy } = await import("@/proxy");
  return (path: string, headers?: Record<string, string>) => proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000"), { headers }));
}

// What the proxy adds to the request Next goes on to handle, as NextResponse.next({ request }) encodes it.
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);
const keptKeyOf = (response: Response) => forwarded(response, KEPT_KEY_HEADER) ?? undefined;

const scriptSrc = (response: Response) => response.headers.get("content-security-policy")?.split("; ").find((d) => d.startsWith("script-src "));

describe("proxy.ts, when it cannot vouch for the build's scripts", () => {
  it("refuses every page, saying why, when the manifest is missing", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await (await proxyFor({}))("/guides/recovery-foundations");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("There is no serving manifest");
  });

  it("refuses a manifest made for another build", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const proxy = await proxyFor({ manifest: { ...MANIFEST, buildId: "build-0" } });
    for (const path of ["/", "/finder"]) {
      const response = await proxy(path);
      expect(response.status, path).toBe(503);
      expect(await response.text()).toContain("was made for build build-0, but this server runs build build-1");
    }
  });
});

describe("proxy.ts, while npm run build makes the manifest", () => {
  it("lets no inline script run and keeps no comparison, which would be kept without its nonce", async () => {
    const proxy = await proxyFor({ makingManifest: true });
    expect(scriptSrc(await proxy("/guides/recovery-foundations"))).toBe("script-src 'self'");
    expect(scriptSrc(await proxy("/finder"))).toBe("script-src 'self'");
    expect((await proxy("/compare/tools/thump-gun/foam-roller")).status).toBe(503);
  });
});

describe("proxy.ts, serving its build", () => {
  it("names a prerendered page's scripts by hash, with no nonce", async () => {
    const response = await (await proxyFor({ manifest: MANIFEST }))("/guides/recovery-foundations?ref=feed");
    expect(scriptSrc(response)).toBe("script-src 'self' 'sha256-Z3VpZGU='");
  });

  it("gives a page rendered from its query the nonce of its canonical URL, the 404 page's hashes, and a shared cache's leave to keep it", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    const url = "/finder?situation=back-to-back&area=calves";
    const [a, b] = [await proxy(url), await proxy(url)];
    const expected = `script-src 'self' 'nonce-${keptPageNonce(url, MANIFEST.keptPageSecret)}' 'sha256-bm90Zm91bmQ='`;
    expect([scriptSrc(a), scriptSrc(b)]).toEqual([expected, expected]);
    expect(a.headers.get("cache-control")).toBe(QUERY_PAGE_CACHE_CONTROL);
    expect(scriptSrc(await proxy("/finder?situation=travel"))).not.toBe(expected);
  });

  it("sends an equivalent URL of a query page to its canonical URL, a redirect a shared cache may keep", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    const response = await proxy("/finder?area=calves&utm_source=news&Situation=back-to-back");
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search).toBe("/finder?situation=back-to-back&area=calves");
    expect(response.headers.get("cache-control")).toBe(QUERY_PAGE_CACHE_CONTROL);
    // The same query with its values encoded another way is already canonical.
    expect((await proxy("/search?q=ice%20bath")).status).toBe(200);
  });

  it("sends a canonical finder or search URL to the route that keeps it, under the reader's address and the URL's own nonce", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    for (const [url, canonical] of [
      ["/finder?situation=back-to-back&area=calves", "/finder?situation=back-to-back&area=calves"],
      ["/search?q=ice+bath", "/search?q=ice+bath"],
      ["/search?q=ice%20bath", "/search?q=ice+bath"],
      ["/plan?week=2026-12-07&mon=easy", "/plan?week=2026-12-07&mon=easy"],
    ]) {
      const response = await proxy(url);
      expect(response.status, url).toBe(200);
      expect(keptKeyOf(response), url).toBe(keptQueryKey(canonical.split("?")[0], canonical.split("?")[1]));
      const policy = `script-src 'self' 'nonce-${keptPageNonce(canonical, MANIFEST.keptPageSecret)}' 'sha256-bm90Zm91bmQ='`;
      expect(scriptSrc(response), url).toBe(policy);
      expect(forwarded(response, "content-security-policy"), url).toContain(policy);
      expect(response.headers.get("cache-control"), url).toBe(QUERY_PAGE_CACHE_CONTROL);
    }
    // Not kept: the empty form, other query pages, a plan for whatever week is current, a redirect to the canonical URL, and Next's client-side navigation payloads.
    for (const url of ["/finder", "/search", "/tools/browse?market=uk", "/plan?mon=easy", "/finder?area=calves&situation=travel"]) expect(keptKeyOf(await proxy(url)), url).toBeUndefined();
    expect(keptKeyOf(await proxy("/finder?situation=travel", { rsc: "1" }))).toBeUndefined();
  });

  it("removes a kept page's key from every request a reader sends, so no one else can choose what is kept", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    const sent = { [KEPT_KEY_HEADER]: keptQueryKey("/search", "q=chosen")! };
    for (const [url, headers] of [
      ["/search?q=other", sent],
      ["/search?q=other", { ...sent, rsc: "1" }],
      ["/finder", sent],
      ["/guides/recovery-foundations", sent],
      ["/no/such/page", sent],
    ] as const) {
      const response = await proxy(url, headers);
      // The request Next handles is the one the proxy passes on (without it, the reader's own headers would go through).
      const passedOn = response.headers.get("x-middleware-override-headers")?.split(",");
      expect(passedOn, url).toBeDefined();
      const ownKey = url === "/search?q=other" && !("rsc" in headers) ? keptQueryKey("/search", "q=other") : undefined;
      expect(passedOn!.includes(KEPT_KEY_HEADER), url).toBe(ownKey !== undefined);
      expect(keptKeyOf(response), url).toBe(ownKey);
    }
  });

  it("past a page's budget, renders new finder or search queries per request with the same policy, and keeps sending what it kept", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    const kept = async (url: string) => keptKeyOf(await proxy(url)) !== undefined;
    for (let i = 0; i < MAX_KEPT_QUERY_PAGES; i++) expect(await kept(`/search?q=query+${i}`)).toBe(true);
    const late = await proxy("/search?q=one+too+many");
    expect(keptKeyOf(late)).toBeUndefined();
    expect(late.status).toBe(200);
    expect(scriptSrc(late)).toBe(`script-src 'self' 'nonce-${keptPageNonce("/search?q=one+too+many", MANIFEST.keptPageSecret)}' 'sha256-bm90Zm91bmQ='`);
    expect(await kept("/search?q=query+0")).toBe(true);
    // Each page has a budget of its own: a flood of searches leaves the finder room.
    expect(await kept("/finder?situation=travel")).toBe(true);
  });

  it("sends a request made straight to a kept route to the address it stands for", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    for (const [from, to] of [
      [keptQueryPath("/finder", "situation=travel")!, "/finder?situation=travel"],
      ["/search/kept/not-a-key", "/search"],
    ]) {
      const response = await proxy(from);
      expect(response.status, from).toBe(308);
      expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search, from).toBe(to);
    }
  });

  it("gives a page not found a fresh nonce each time, and the 404 page's hashes", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    const [a, b] = [scriptSrc(await proxy("/no/such/page")), scriptSrc(await proxy("/no/such/page"))];
    expect(a).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'sha256-bm90Zm91bmQ='$/);
    expect(b).not.toBe(a);
  });

  it("gives a kept comparison the nonce of its path and the build's secret, on every response", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    const path = "/compare/tools/thump-gun/foam-roller";
    const expected = `script-src 'self' 'nonce-${keptPageNonce(path, MANIFEST.keptPageSecret)}'`;
    expect(scriptSrc(await proxy(path))).toBe(expected);
    expect(scriptSrc(await proxy(path))).toBe(expected);
  });

  it("sends a tidy query to its kept path, and any other path under /compare/ to the query form", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    for (const [from, status, to] of [
      ["/compare?tools=thump-gun,foam-roller", 308, "/compare/tools/thump-gun/foam-roller"],
      ["/compare/tools/thump%2Dgun/foam-roller", 308, "/compare/tools/thump-gun/foam-roller"],
      ["/compare/tools/thump-gun/not-a-tool", 308, "/compare?tools=thump-gun,not-a-tool"],
      ["/compare/tools/thump-gun", 308, "/compare?tools=thump-gun"],
      ["/compare/guides/a/b", 308, "/compare"],
    ] as const) {
      const response = await proxy(from);
      expect(response.status, from).toBe(status);
      expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search, from).toBe(to);
      expect(response.headers.get("cache-control"), from).toBe("no-store");
    }
    // Untidy queries are left to the compare page, which explains or redirects them.
    expect(scriptSrc(await proxy("/compare?tools=thump-gun,foam-roller&tools=x"))).toMatch(/'nonce-/);
  });

  it("past its budget, renders new comparisons per request from the query form instead of keeping them", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    // Every ordered choice of 2 to 4 of the site's tools, and of its methods: more than the budget.
    const choices = (slugs: string[], n: number): string[][] => (n === 0 ? [[]] : slugs.flatMap((s) => choices(slugs.filter((o) => o !== s), n - 1).map((rest) => [s, ...rest])));
    const catalog = getCatalog();
    const paths = (["tools", "modalities"] as const).flatMap((kind) =>
      [2, 3, 4].flatMap((n) => choices(catalog[kind].map((entry) => entry.slug), n).map((choice) => `/compare/${kind}/${choice.join("/")}`)),
    );
    expect(paths.length).toBeGreaterThan(MAX_KEPT_COMPARISONS);
    for (const path of paths.slice(0, MAX_KEPT_COMPARISONS)) expect((await proxy(path)).status, path).toBe(200);

    const late = paths[MAX_KEPT_COMPARISONS];
    const response = await proxy(late);
    expect(response.status).toBe(307);
    const query = new URL(response.headers.get("location")!);
    expect(query.pathname + query.search).toBe(`/compare?${late.split("/")[2]}=${late.split("/").slice(3).join(",")}`);
    const rendered = await proxy(query.pathname + query.search);
    expect(rendered.status).toBe(200);
    expect(scriptSrc(rendered)).toMatch(/'nonce-/);
    // What is kept stays kept.
    expect((await proxy(paths[0])).status).toBe(200);
  });

  it("answers a malformed %-escape with a 400", async () => {
    const response = await (await proxyFor({ manifest: MANIFEST }))("/tools/%ZZ");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("malformed %-escape");
  });
});
