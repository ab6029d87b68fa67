import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

/** Where bundles go when `cacheDir` cannot be written (a read-only node_modules): one folder per project in the system's temporary folder. */
function fallbackDir(cacheDir) {
  return join(tmpdir(), `precompiled-${createHash("sha1").update(resolve(cacheDir)).digest("hex").slice(0, 12)}`);
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
  const fresh = freshBundle(name, entry, cacheDir);
  if (fresh) return fresh;

  const { build } = await import("esbuild");
  const started = Date.now();
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
  // A file saved while esbuild read it may be newer than what was bundled: then the bundle is
  // used this once and not remembered, so the next run builds again.
  const settled = inputs.every((file) => statSync(file).mtimeMs < started);
  const write = (dir) => {
    const digest = digestOf(inputs);
    const bundle = join(dir, `${name}-${digest}.mjs`);
    mkdirSync(dir, { recursive: true });
    writeAtomically(bundle, result.outputFiles[0].text);
    if (settled) writeAtomically(join(dir, `${name}.json`), JSON.stringify({ entry: resolve(entry), inputs, digest }));
    for (const old of readdirSync(dir)) {
      if (old.startsWith(`${name}-`) && old.endsWith(".mjs") && join(dir, old) !== bundle) rmSync(join(dir, old), { force: true });
    }
    return bundle;
  };
  try {
    return write(cacheDir);
  } catch {
    return write(fallbackDir(cacheDir));
  }
}

/** The bundle built before from exactly the files `entry` is made of today, if there is one. */
function freshBundle(name, entry, cacheDir) {
  for (const dir of [cacheDir, fallbackDir(cacheDir)]) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"));
      const bundle = join(dir, `${name}-${manifest.digest}.mjs`);
      if (manifest.entry === resolve(entry) && digestOf(manifest.inputs) === manifest.digest && existsSync(bundle)) return bundle;
    } catch {
      // No bundle there yet, or an unreadable manifest.
    }
  }
  return undefined;
}
