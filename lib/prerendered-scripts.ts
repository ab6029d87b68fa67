import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inlineScriptHashes } from "./csp";

// Where `next build` writes prerendered HTML (next.config.ts's distDir).
const PRERENDERED_DIR = join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "server", "app");
const SAFE_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*)?$/;
const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, string[] | null>();

function fileFor(pathname: string): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  // Only plain lower-case paths can name a prerendered page; anything else (traversal, escapes)
  // is answered on demand and never touches the file system here.
  if (!SAFE_PATH.test(path) || path.split("/").includes("..")) return null;
  return join(PRERENDERED_DIR, path === "/" ? "index.html" : `${path.slice(1)}.html`);
}

function read(file: string): string[] | null {
  try {
    return inlineScriptHashes(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Hashes of the inline scripts in the prerendered HTML `next start` serves for this path, or
 * null when the path has no prerendered page. Read from the very file that is served, so the
 * policy and the page cannot drift apart; remembered for the life of the process, which serves
 * one build.
 */
export function prerenderedScriptHashes(pathname: string): string[] | null {
  if (remembered.has(pathname)) return remembered.get(pathname)!;
  const file = fileFor(pathname);
  const hashes = file ? read(file) : null;
  if (remembered.size < MAX_REMEMBERED) remembered.set(pathname, hashes);
  return hashes;
}

let notFound: string[] | undefined;

/** Hashes of the prerendered 404 page, which Next may send for any unknown path. */
export function notFoundScriptHashes(): string[] {
  notFound ??= read(join(PRERENDERED_DIR, "_not-found.html")) ?? [];
  return notFound;
}
