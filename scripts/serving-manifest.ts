// The serving manifest (lib/web/serving-manifest.ts), made by `npm run build` from the fresh build
// through the one interface of Next's that no upgrade can move: it serves the build with `next
// start` on a loopback port, reads the site's own sitemap, follows every link from those pages,
// and hashes the inline scripts of each page that comes back prerendered, in exactly the HTML
// that is served. This runs once per build, never per request.
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SERVING_MANIFEST, type ServingManifest } from "../lib/web/serving-manifest";
import { freePort, startNext } from "./next-server.mjs";

// Script types a browser executes; JSON-LD and other data blocks are not scripts to CSP.
const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** `sha256-…` sources for every inline script a page will execute, in document order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? "";
    if (!EXECUTABLE_TYPES.has(type)) continue;
    const hash = `sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** A path no page can have: what Next answers it with is the 404 page it may send for any path. */
export const UNKNOWN_PATH = "/serving-manifest/no-such-page";

// Beyond this many pages the crawl has run away (a generated link loop), and the build says so.
const MAX_PAGES = 5_000;

export interface Served {
  status: number;
  headers: Headers;
  body: string;
}

/** Prerendered: HTML that shared caches may keep, which Next says of a page it serves as built. */
const isPrerendered = ({ status, headers }: Served) =>
  status === 200 && Boolean(headers.get("content-type")?.startsWith("text/html")) && /\bs-maxage=\d+/.test(headers.get("cache-control") ?? "");

/** The paths of the site's own links in `html`, without query or fragment (a prerendered page ignores both). */
function linkedPaths(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="(\/(?!\/)[^"#?]*)/g)].map(([, path]) => path.replaceAll("&amp;", "&"));
}

/**
 * The manifest for the site `get` serves: every page the sitemap lists or a link reaches that is
 * served prerendered, named by its scripts' hashes, and the 404 page's. Kept comparisons
 * (/compare/…) are never asked for: they render on their first request, and this one would render
 * them without their nonce. Fails when the home page is not prerendered or an unknown path is not
 * the 404 page, since then the build does not serve what this step expects.
 */
export async function makeServingManifest({ buildId, get }: { buildId: string; get: (path: string) => Promise<Served> }): Promise<ServingManifest> {
  const sitemap = await get("/sitemap.xml");
  if (sitemap.status !== 200) throw new Error(`serving manifest: /sitemap.xml answers ${sitemap.status}; the pages to hash are listed there.`);
  const listed = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url.replaceAll("&amp;", "&")).pathname);
  const queue = ["/", ...listed];
  const seen = new Set(queue);
  const pages: Record<string, string[]> = {};
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.size > MAX_PAGES) throw new Error(`serving manifest: more than ${MAX_PAGES} pages linked from the sitemap's; is a link generating new paths?`);
    const served = await get(path);
    if (!served.headers.get("content-type")?.startsWith("text/html")) continue;
    if (isPrerendered(served)) pages[path] = inlineScriptHashes(served.body);
    for (const next of linkedPaths(served.body)) {
      if (seen.has(next) || next.startsWith("/compare/") || next.startsWith("/_next/")) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  if (!pages["/"]) throw new Error("serving manifest: the home page is not served as a prerendered page (200, text/html, Cache-Control with s-maxage); has the build stopped prerendering it?");
  const notFound = await get(UNKNOWN_PATH);
  if (notFound.status !== 404 || !notFound.headers.get("content-type")?.startsWith("text/html")) {
    throw new Error(`serving manifest: ${UNKNOWN_PATH} should be the 404 page but is ${notFound.status}, ${notFound.headers.get("content-type")}.`);
  }
  return { buildId, keptPageSecret: randomBytes(32).toString("base64"), pages, notFound: inlineScriptHashes(notFound.body) };
}

/**
 * Serves the build in `distDir` (made with RECOVERY_BUILD_ID `buildId`) on a free loopback port,
 * with the proxy told that its manifest is being made, and writes the manifest beside the build,
 * readable by its owner only (it holds the kept pages' secret).
 */
export async function writeServingManifest({ distDir, buildId, port }: { distDir: string; buildId: string; port: number }): Promise<ServingManifest> {
  const server = await startNext(await freePort(port), { env: { NEXT_DIST_DIR: distDir, RECOVERY_MAKING_MANIFEST: "1" } });
  try {
    const get = async (path: string): Promise<Served> => {
      const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
      return { status: response.status, headers: response.headers, body: await response.text() };
    };
    const manifest = await makeServingManifest({ buildId, get });
    writeFileSync(join(distDir, SERVING_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`, { mode: 0o600 });
    return manifest;
  } finally {
    server.stop();
  }
}
