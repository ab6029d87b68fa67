// `npm run build`, after the content check: `next build` under a build ID of ours, the compile
// hints (scripts/compile-hints.mjs), then the serving manifest (scripts/serving-manifest.ts). The
// ID ties the manifest to the build: next.config.ts gives it to Next and builds it into the proxy,
// which refuses a manifest made for any other build.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { writeServingManifest } from "./serving-manifest";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const buildId = `${new Date().toISOString().slice(0, 10)}-${randomBytes(6).toString("hex")}`;

function run(args: string[]) {
  const { status } = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, RECOVERY_BUILD_ID: buildId } });
  if (status !== 0) process.exit(status ?? 1);
}

// Canonical links, feeds, the sitemap and social images carry the public address, written into
// the prerendered pages now: a build for the public site without it ships links to localhost.
if (!process.env.SITE_URL) console.warn("SITE_URL is not set: canonical links, feeds, the sitemap and social images will point at http://localhost:3000. Set it to the public address (SITE_URL=https://… npm run build, and in the service's Environment=) for a public build.");

run([join("node_modules", "next", "dist", "bin", "next"), "build"]);
run([join("scripts", "compile-hints.mjs")]);

const started = performance.now();
writeServingManifest({ distDir, buildId, port: Number(process.env.MANIFEST_PORT ?? 3390) })
  .then(({ pages, notFound }) => {
    const hashes = new Set([...Object.values(pages).flat(), ...notFound]).size;
    console.log(`Serving manifest: ${Object.keys(pages).length} prerendered pages and the 404 page, ${hashes} distinct script hashes, build ${buildId} (${Math.round(performance.now() - started)} ms)`);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
