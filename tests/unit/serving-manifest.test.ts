import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import sitemap from "@/app/sitemap";
import { parseServingManifest, ServingManifestError } from "@/lib/web/serving-manifest";
import { inlineScriptHashes, makeServingManifest, prerenderedPaths, UNKNOWN_PATH, type Served } from "@/scripts/serving-manifest";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("inlineScriptHashes", () => {
  it("hashes each executable inline script once, in order, and skips external and data scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>alert(1)</script>",
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script id="_R_">alert(1)</script>',
      '<script type="module">x()</script>',
    ].join("");
    expect(inlineScriptHashes(html)).toEqual(["sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=", sha256("x()")]);
  });

  it("finds nothing in a page without inline scripts", () => {
    expect(inlineScriptHashes("<p>plain</p>")).toEqual([]);
  });
});

const prerendered = (body: string): Served => ({
  status: 200,
  headers: new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=31536000" }),
  body,
});
const notFoundPage: Served = {
  status: 404,
  headers: new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }),
  body: "<script>notFound()</script>",
};

describe("makeServingManifest", () => {
  const site: Record<string, Served> = {
    "/": prerendered("<script>home()</script><script>boot()</script>"),
    "/tools": prerendered("<script>boot()</script>"),
    [UNKNOWN_PATH]: notFoundPage,
  };
  const get = async (path: string) => site[path] ?? notFoundPage;

  it("names each page's scripts by hash, those of the 404 page, the build, and a fresh secret", async () => {
    const manifest = await makeServingManifest({ buildId: "b1", paths: ["/", "/tools"], get });
    expect(manifest.buildId).toBe("b1");
    expect(manifest.pages).toEqual({ "/": [sha256("home()"), sha256("boot()")], "/tools": [sha256("boot()")] });
    expect(manifest.notFound).toEqual([sha256("notFound()")]);
    expect(manifest.keptPageSecret).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect((await makeServingManifest({ buildId: "b1", paths: ["/"], get })).keptPageSecret).not.toBe(manifest.keptPageSecret);
  });

  it("fails, naming the page, when a listed page is not served as a prerendered page", async () => {
    const perRequest: Served = { ...prerendered("<script>x()</script>"), headers: new Headers({ "content-type": "text/html", "cache-control": "private, no-store" }) };
    const missing = makeServingManifest({ buildId: "b1", paths: ["/", "/gone"], get });
    await expect(missing).rejects.toThrow(/\/gone should be a prerendered page .* but is 404/);
    const dynamic = makeServingManifest({ buildId: "b1", paths: ["/finder"], get: async () => perRequest });
    await expect(dynamic).rejects.toThrow(/\/finder should be a prerendered page .*Cache-Control "private, no-store"/);
  });

  it("fails when an unknown path is not answered with the 404 page", async () => {
    await expect(makeServingManifest({ buildId: "b1", paths: [], get: async () => prerendered("") })).rejects.toThrow(/should be the 404 page but is 200/);
  });
});

describe("prerenderedPaths", () => {
  it("names every page the sitemap lists except the forms rendered per request", () => {
    const listed = sitemap().map((entry) => new URL(entry.url).pathname);
    expect(prerenderedPaths().sort()).toEqual(listed.filter((path) => path !== "/compare" && path !== "/finder").sort());
  });
});

describe("parseServingManifest", () => {
  const valid = { buildId: "b1", keptPageSecret: "s".repeat(44), pages: { "/": [sha256("a")] }, notFound: [sha256("b")] };
  const parse = (text: string | undefined, buildId: string | undefined = "b1") => () => parseServingManifest(text, { file: "/app/.next/serving-manifest.json", buildId });

  it("accepts the manifest of the build it runs", () => {
    expect(parse(JSON.stringify(valid))()).toEqual(valid);
  });

  it("refuses, saying what to do, when there is none, it is broken, or it belongs to another build", () => {
    expect(parse(undefined)).toThrow(ServingManifestError);
    expect(parse(undefined)).toThrow("There is no serving manifest at /app/.next/serving-manifest.json. Build with `npm run build`");
    expect(parse("{ half")).toThrow(/is not JSON/);
    expect(parse(JSON.stringify({ ...valid, pages: { "/": ["'unsafe-inline'"] } }))).toThrow(/lacks a field or has one of the wrong type/);
    expect(parse(JSON.stringify({ ...valid, keptPageSecret: "short" }))).toThrow(/lacks a field/);
    expect(parse(JSON.stringify({ ...valid, buildId: "b0" }))).toThrow("was made for build b0, but this server runs build b1");
    expect(parse(JSON.stringify(valid), "")).toThrow(/a bare `next build`/);
  });
});
