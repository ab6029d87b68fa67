import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

/** One digest over the files a bundle was built from, or undefined when one of them is gone. */
function digestOf(inputs) {
  const hash = createHash("sha1");
  try {
    for (const file of inputs) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  } catch {
    return undefined;
  }
  return hash.digest("base64url").slice(0, 16);
}

function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file); // a check running beside this one never reads half a file
}

/**
 * A TypeScript script as one JavaScript file that plain Node runs, so a short script does not pay
 * for starting tsx (a second Node process and esbuild's service, about 0.9 s on this project's
 * machines). Packages are bundled too: loading the Markdown stack's few hundred small modules
 * one by one cost about 0.3 s more. The bundle is named by the digest of every file it was built
 * from (an upgraded package included), found again through a small manifest, and rebuilt by
 * esbuild when one of them changes. Returns the bundle's path.
 */
export async function precompiled(entry, cacheDir) {
  const name = basename(entry).replace(/\.[cm]?ts$/, "");
  const manifestFile = join(cacheDir, `${name}.json`);
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    const bundle = join(cacheDir, `${name}-${manifest.digest}.mjs`);
    if (manifest.entry === resolve(entry) && digestOf(manifest.inputs) === manifest.digest && existsSync(bundle)) return bundle;
  } catch {
    // No bundle yet, or an unreadable manifest: build one.
  }

  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Bundled CommonJS packages (gray-matter) require Node's own modules.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    metafile: true,
    write: false,
    outfile: join(cacheDir, `${name}.mjs`),
    logLevel: "error",
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => resolve(file)).sort();
  const digest = digestOf(inputs);
  const bundle = join(cacheDir, `${name}-${digest}.mjs`);
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(bundle, result.outputFiles[0].text);
  writeAtomically(manifestFile, JSON.stringify({ entry: resolve(entry), inputs, digest }));
  for (const old of readdirSync(cacheDir)) {
    if (old.startsWith(`${name}-`) && old.endsWith(".mjs") && join(cacheDir, old) !== bundle) rmSync(join(cacheDir, old), { force: true });
  }
  return bundle;
}
