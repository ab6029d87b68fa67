// The serving manifest (lib/web/serving-manifest.ts), made by `npm run build` from the fresh build
// through the one interface of Next's that no upgrade can move: it serves the build with `next
// start` on a loopback port, asks for every prerendered page and for the 404 page, and hashes the
// inline scripts of the HTML exactly as it is served. This runs once per build, never per request.
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { articleParams } from "../lib/catalog/catalog";
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

/** The pages the build prerenders: the home page, the section indexes and every published article. */
export function prerenderedPaths(): string[] {
  const collections = ["modalities", "tools", "guides"] as const;
  return ["/", ...collections.map((c) => `/${c}`), ...collections.flatMap((c) => articleParams(c).map(({ slug }) => `/${c}/${slug}`))];
}

/** A path no page can have: what Next answers it with is the 404 page it may send for any path. */
export const UNKNOWN_PATH = "/serving-manifest/no-such-page";

export interface Served {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * The manifest for the pages `get` serves. Each must answer as a prerendered page does, 200 HTML
 * that shared caches may keep (`s-maxage`): a page rendered per request would get its scripts'
 * hashes from one render only, so the build fails here instead, loudly, rather than ship a policy
 * that blocks that page's scripts.
 */
export async function makeServingManifest({ buildId, paths, get }: { buildId: string; paths: string[]; get: (path: string) => Promise<Served> }): Promise<ServingManifest> {
  const pages: Record<string, string[]> = {};
  for (const path of paths) {
    const { status, headers, body } = await get(path);
    const cacheControl = headers.get("cache-control") ?? "";
    if (status !== 200 || !headers.get("content-type")?.startsWith("text/html") || !/\bs-maxage=\d+/.test(cacheControl)) {
      throw new Error(
        `serving manifest: ${path} should be a prerendered page (200, text/html, Cache-Control with s-maxage) but is ${status}, ` +
          `${headers.get("content-type")}, Cache-Control "${cacheControl}". If it is no longer prerendered, take it out of prerenderedPaths().`,
      );
    }
    pages[path] = inlineScriptHashes(body);
  }
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
    const manifest = await makeServingManifest({ buildId, paths: prerenderedPaths(), get });
    writeFileSync(join(distDir, SERVING_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`, { mode: 0o600 });
    return manifest;
  } finally {
    server.stop();
  }
}
