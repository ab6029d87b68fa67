import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { inlineScriptHashes } from "./csp";

// Where `next build` writes prerendered HTML (next.config.ts's distDir).
const SERVER_DIR = resolve(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "server");
const PRERENDERED_DIR = join(SERVER_DIR, "app");
const SAFE_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*)?$/;
const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, string[] | null>();

/** Only plain lower-case paths can name a page on disk; anything else (traversal, escapes) never touches the file system here. */
function safePath(pathname: string): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  return SAFE_PATH.test(path) && !path.split("/").includes("..") ? path : null;
}

function fileFor(pathname: string): string | null {
  const path = safePath(pathname);
  if (!path) return null;
  return join(PRERENDERED_DIR, path === "/" ? "index.html" : `${path.slice(1)}.html`);
}

/**
 * Where `next start` writes a page of `route` that it rendered on demand and keeps: Next 16's
 * file-system cache puts it under server/route-cache/APP_PAGE/<sha256 of the route's source>/$<path>.html
 * (next/dist/server/lib/route-cache-key.js). If a Next upgrade moves it, the page is never found
 * and keeps its first-render nonce; tests/browser/kept-comparisons.spec.ts fails on exactly that.
 */
function keptFileFor(pathname: string, route: string): string | null {
  const path = safePath(pathname);
  if (!path || path === "/") return null;
  const source = createHash("sha256").update(`${route}/page`).digest("hex");
  return join(SERVER_DIR, "route-cache", "APP_PAGE", source, `$${path}.html`);
}

function read(file: string): string[] | null {
  try {
    return inlineScriptHashes(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** The hashes of `file`, remembered by path; a missing file is remembered only when it cannot appear later. */
function hashesOf(pathname: string, file: string | null, { mayAppear }: { mayAppear: boolean }): string[] | null {
  if (remembered.has(pathname)) return remembered.get(pathname)!;
  const hashes = file ? read(file) : null;
  if ((hashes || !mayAppear) && remembered.size < MAX_REMEMBERED) remembered.set(pathname, hashes);
  return hashes;
}

/**
 * Hashes of the inline scripts in the prerendered HTML `next start` serves for this path, or
 * null when the path has no prerendered page. Read from the very file that is served, so the
 * policy and the page cannot drift apart; remembered for the life of the process, which serves
 * one build.
 */
export function prerenderedScriptHashes(pathname: string): string[] | null {
  return hashesOf(pathname, fileFor(pathname), { mayAppear: false });
}

/**
 * The same for a page of `route` (such as "/compare/[kind]/[...slugs]") that Next renders on its
 * first request and then keeps (ISR): its HTML file appears once that render is done.
 */
export function keptPageScriptHashes(pathname: string, route: string): string[] | null {
  return hashesOf(pathname, keptFileFor(pathname, route), { mayAppear: true });
}

let notFound: string[] | undefined;

/** Hashes of the prerendered 404 page, which Next may send for any unknown path. */
export function notFoundScriptHashes(): string[] {
  notFound ??= read(join(PRERENDERED_DIR, "_not-found.html")) ?? [];
  return notFound;
}
