import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NextRequest } from "next/server";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { MAX_KEPT_COMPARISONS } from "@/lib/catalog/kept-comparisons";
import { keptPageNonce } from "@/lib/web/csp";
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
  return (path: string) => proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000")));
}

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
    expect((await proxy("/compare/tools/air-relief-boots/travel-boots")).status).toBe(503);
  });
});

describe("proxy.ts, serving its build", () => {
  it("names a prerendered page's scripts by hash, with no nonce", async () => {
    const response = await (await proxyFor({ manifest: MANIFEST }))("/guides/recovery-foundations?ref=feed");
    expect(scriptSrc(response)).toBe("script-src 'self' 'sha256-Z3VpZGU='");
  });

  it("gives pages rendered per request a fresh nonce, and the 404 page's hashes", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    const [a, b] = [scriptSrc(await proxy("/finder")), scriptSrc(await proxy("/finder"))];
    expect(a).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'sha256-bm90Zm91bmQ='$/);
    expect(b).not.toBe(a);
  });

  it("gives a kept comparison the nonce of its path and the build's secret, on every response", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    const path = "/compare/tools/air-relief-boots/travel-boots";
    const expected = `script-src 'self' 'nonce-${keptPageNonce(path, MANIFEST.keptPageSecret)}'`;
    expect(scriptSrc(await proxy(path))).toBe(expected);
    expect(scriptSrc(await proxy(path))).toBe(expected);
  });

  it("sends a tidy query to its kept path, and any other path under /compare/ to the query form", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    for (const [from, status, to] of [
      ["/compare?tools=air-relief-boots,travel-boots", 308, "/compare/tools/air-relief-boots/travel-boots"],
      ["/compare/tools/air%2Drelief-boots/travel-boots", 308, "/compare/tools/air-relief-boots/travel-boots"],
      ["/compare/tools/air-relief-boots/not-a-tool", 308, "/compare?tools=air-relief-boots,not-a-tool"],
      ["/compare/tools/air-relief-boots", 308, "/compare?tools=air-relief-boots"],
      ["/compare/guides/a/b", 308, "/compare"],
    ] as const) {
      const response = await proxy(from);
      expect(response.status, from).toBe(status);
      expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search, from).toBe(to);
      expect(response.headers.get("cache-control"), from).toBe("no-store");
    }
    // Untidy queries are left to the compare page, which explains or redirects them.
    expect(scriptSrc(await proxy("/compare?tools=air-relief-boots,travel-boots&tools=x"))).toMatch(/'nonce-/);
  });

  it("past its budget, renders new comparisons per request from the query form instead of keeping them", async () => {
    const proxy = await proxyFor({ manifest: MANIFEST });
    // Every ordered choice of 2 to 4 of the fixture site's 7 tools, then of its 7 methods: 2 × 1,092
    // paths, more than the budget.
    const choices = (kind: string, slugs: string[]) =>
      [2, 3, 4].flatMap((size) => {
        const pick = (chosen: string[]): string[][] => (chosen.length === size ? [chosen] : slugs.filter((s) => !chosen.includes(s)).flatMap((s) => pick([...chosen, s])));
        return pick([]).map((choice) => `/compare/${kind}/${choice.join("/")}`);
      });
    const paths = [
      ...choices("tools", ["air-relief-boots", "travel-boots", "thump-gun", "foam-roller", "vibe-roller", "vibe-ball", "ice-tub"]),
      ...choices("modalities", ["sleep", "nutrition", "cold-water-immersion", "cryotherapy-chamber", "pneumatic-compression", "foam-rolling", "percussion-massage"]),
    ];
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
