import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { FIXTURE_BUILD, FIXTURE_PORT, SITE_BUILD, SITE_PORT } from "./tests/browser/servers";

// Playwright cannot download its own browser here, so the tests drive a system one: Chromium's
// headless shell, the build Playwright itself runs headless tests in, or else the full Chromium.
// The shell loaded six fixture pages and ran axe on each in 9.5 to 10.0 s here, where the full
// browser took 17.6 to 19.0 s (three runs each, alternating).
const SYSTEM_CHROMIUMS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];
const chromium = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUMS.find((path) => existsSync(path));
if (!chromium || !existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium ?? SYSTEM_CHROMIUMS.join(" or ")}. Install one with ` +
      `"apt-get install -y chromium-headless-shell" (Debian/Ubuntu), or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`,
  );
}

// The real site's smoke specs: pages of every kind load, pass axe, and the CSP allows every script
// of every page the sitemap reaches. Everything else runs on the fixture site.
const SITE_SPECS = /site-smoke\.spec\.ts$/;

/**
 * `npm run build` (the content check of the folder built, next build, compile hints, serving
 * manifest) and then `npm start`'s server (scripts/start.mjs) with one process, for one build: the
 * server that is deployed, and one process so that a page kept by one request is there for the
 * next. The manifest step serves the build on a port of its own while it runs; MANIFEST_PORT keeps
 * it beside the test ports.
 */
const server = (name: string, port: number, env: Record<string, string>) => ({
  name,
  command: "npm run build && node scripts/start.mjs",
  url: `http://127.0.0.1:${port}/`,
  env: { ...env, PORT: String(port), HOST: "127.0.0.1", WEB_CONCURRENCY: "1", MANIFEST_PORT: String(port + 30), NEXT_TELEMETRY_DISABLED: "1", RECOVERY_SKIP_BUILD_TYPECHECK: "1" },
  // Playwright starts the servers one after the other, so the two builds never share the 2 cores;
  // each build takes 1 to 3 minutes here when the machine is busy.
  timeout: 300_000,
  reuseExistingServer: false,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: "tests/browser",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "fixtures", testIgnore: SITE_SPECS, use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
    { name: "site", testMatch: SITE_SPECS, use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${SITE_PORT}` } },
  ],
  // Always test fresh production builds, never stale ones.
  webServer: [server("fixture site", FIXTURE_PORT, FIXTURE_BUILD), server("real site", SITE_PORT, SITE_BUILD)],
});
