import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseServingManifest, ServingManifestError } from "@/lib/web/serving-manifest";
import { inlineScriptHashes, makeServingManifest, UNKNOWN_PATH, type Served } from "@/scripts/serving-manifest";

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

const served = (status: number, type: string, cacheControl: string, body: string): Served => ({
  status,
  headers: new Headers({ "content-type": type, "cache-control": cacheControl }),
  body,
});
const prerendered = (body: string) => served(200, "text/html; charset=utf-8", "s-maxage=31536000", body);
const perRequest = (body: string) => served(200, "text/html; charset=utf-8", "private, no-cache, no-store, max-age=0, must-revalidate", body);
const notFoundPage = served(404, "text/html; charset=utf-8", "private, no-cache, no-store, max-age=0, must-revalidate", "<script>notFound()</script>");
const sitemapOf = (...paths: string[]) => served(200, "application/xml", "public, max-age=0", paths.map((p) => `<url><loc>http://localhost:3000${p}</loc></url>`).join(""));

describe("makeServingManifest", () => {
  const site: Record<string, Served> = {
    "/sitemap.xml": sitemapOf("/", "/tools", "/finder"),
    "/": prerendered('<a href="/tools">Tools</a><script>home()</script><script>boot()</script>'),
    "/tools": prerendered('<a href="/tools/a?ref=x#top">A</a><a href="/compare/tools/a/b">Compare</a><a href="//elsewhere.example/x">Out</a><script>boot()</script>'),
    // Only linked, as the sitemap does not list every prerendered page (the studies' other orders).
    "/tools/a": prerendered('<a href="/feed.xml">Feed</a><script>a()</script>'),
    "/finder": perRequest('<script nonce="n">finder()</script>'),
    "/feed.xml": served(200, "application/rss+xml", "s-maxage=31536000", "<rss/>"),
    [UNKNOWN_PATH]: notFoundPage,
  };
  const asked: string[] = [];
  const get = async (path: string) => {
    asked.push(path);
    return site[path] ?? notFoundPage;
  };

  it("names by hash every prerendered page the sitemap lists or a link reaches, and the 404 page's scripts", async () => {
    const manifest = await makeServingManifest({ buildId: "b1", get });
    expect(manifest.buildId).toBe("b1");
    expect(manifest.pages).toEqual({
      "/": [sha256("home()"), sha256("boot()")],
      "/tools": [sha256("boot()")],
      "/tools/a": [sha256("a()")],
    });
    expect(manifest.notFound).toEqual([sha256("notFound()")]);
    expect(manifest.keptPageSecret).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it("never asks for a kept comparison, which would be rendered and kept without its nonce", async () => {
    asked.length = 0;
    await makeServingManifest({ buildId: "b1", get });
    expect(asked.filter((path) => path.startsWith("/compare/"))).toEqual([]);
    expect(asked.filter((path) => path === "/tools/a")).toHaveLength(1);
  });

  it("draws a new secret for each build", async () => {
    const [a, b] = [await makeServingManifest({ buildId: "b1", get }), await makeServingManifest({ buildId: "b1", get })];
    expect(a.keptPageSecret).not.toBe(b.keptPageSecret);
  });

  it("fails when the build does not serve what it expects: a prerendered home page, the 404 page", async () => {
    const dynamicHome = makeServingManifest({ buildId: "b1", get: async (path) => (path === "/" ? perRequest("<script>x()</script>") : get(path)) });
    await expect(dynamicHome).rejects.toThrow(/the home page is not served as a prerendered page/);
    const no404 = makeServingManifest({ buildId: "b1", get: async (path) => (path === UNKNOWN_PATH ? prerendered("") : get(path)) });
    await expect(no404).rejects.toThrow(/should be the 404 page but is 200/);
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
