// "Proxy off" for the serving benchmark: the same sources with proxy.ts left out, copied into
// .bench-no-proxy/ and built there, so that `next start` serves the same pages with no proxy in
// front of them. A proxy's matcher is fixed at build time and no setting turns it off, so leaving
// the file out of a copy is the only documented way. The copy's .next/cache is kept between runs,
// which makes its build much quicker than the first.
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { nextBuild } from "./next-server.mjs";

export const NO_PROXY_DIR = ".bench-no-proxy";

// Everything else at the top of the project is copied, so that whatever a build reads is there.
// The tests, scripts and the test runners' configurations stay behind: the build does not read them,
// and its type check would fail on those that import proxy.ts or one another. The lockfile stays
// behind so that the bundler takes the project, whose node_modules the copy uses, as its root.
const LEFT_OUT = new Set(["proxy.ts", "package-lock.json", "node_modules", ".git", NO_PROXY_DIR, "tests", "scripts", "deploy", "test-results", "playwright-report"]);
const TEST_RUNNER_CONFIG = /^(playwright|vitest)\b.*\.config\.[cm]?[jt]s$/;

/** Copies the project without its proxy and builds it; returns the copy's directory, where `next start` serves it. */
export function buildWithoutProxy(): string {
  const root = process.cwd();
  const copy = resolve(root, NO_PROXY_DIR);
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(copy)) if (entry !== ".next") rmSync(join(copy, entry), { recursive: true, force: true });
  for (const entry of readdirSync(root)) {
    if (LEFT_OUT.has(entry) || TEST_RUNNER_CONFIG.test(entry) || entry.startsWith(".next")) continue;
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  // Modules resolve from the project's own node_modules, one directory up. Files named by a path
  // relative to the source (styles/fonts.ts's typeface, ../node_modules/…) need it inside the copy.
  symlinkSync(join("..", "node_modules"), join(copy, "node_modules"), "dir");
  nextBuild({ cwd: copy, env: { NEXT_DIST_DIR: ".next" } });
  return copy;
}
