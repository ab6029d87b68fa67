import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * What proxy.ts needs to know about the build it serves, written by `npm run build` once `next
 * build` is done (scripts/serving-manifest.ts) into a file of ours beside the build:
 * - the `sha256-…` sources of every prerendered page's inline scripts, hashed from the HTML that
 *   `next start` serves for it, and those of the 404 page, which Next may send for any path;
 * - the secret that makes the nonces of kept pages (csp.ts keptPageNonce);
 * - the ID of the build it was made from (next.config.ts sets it, from RECOVERY_BUILD_ID), so that
 *   a manifest from another build is refused rather than trusted to name scripts the pages no
 *   longer have, which would leave every prerendered page unable to run them.
 */
export interface ServingManifest {
  buildId: string;
  keptPageSecret: string;
  pages: Record<string, string[]>;
  notFound: string[];
}

export const SERVING_MANIFEST = "serving-manifest.json";

export class ServingManifestError extends Error {}

const REBUILD = "Build with `npm run build`, which writes it after `next build`, then start the server again.";

const isHashList = (value: unknown) => Array.isArray(value) && value.every((hash) => typeof hash === "string" && /^sha256-[A-Za-z0-9+/]+=*$/.test(hash));

/**
 * The manifest in `text` (undefined: there is none), checked against the build this server runs;
 * throws a ServingManifestError that says what is wrong and what to do.
 */
export function parseServingManifest(text: string | undefined, { file, buildId }: { file: string; buildId: string | undefined }): ServingManifest {
  if (!buildId) {
    throw new ServingManifestError(`This server runs a build made without a build ID of ours (a bare \`next build\`?), so no serving manifest can vouch for its pages. ${REBUILD}`);
  }
  if (text === undefined) throw new ServingManifestError(`There is no serving manifest at ${file}. ${REBUILD}`);
  let manifest: Partial<ServingManifest>;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new ServingManifestError(`The serving manifest ${file} is not JSON (${(error as Error).message}). ${REBUILD}`);
  }
  const wellFormed =
    typeof manifest?.buildId === "string" &&
    typeof manifest.keptPageSecret === "string" &&
    manifest.keptPageSecret.length >= 32 &&
    typeof manifest.pages === "object" &&
    manifest.pages !== null &&
    Object.values(manifest.pages).every(isHashList) &&
    isHashList(manifest.notFound);
  if (!wellFormed) throw new ServingManifestError(`The serving manifest ${file} lacks a field or has one of the wrong type. ${REBUILD}`);
  if (manifest.buildId !== buildId) {
    throw new ServingManifestError(
      `The serving manifest ${file} was made for build ${manifest.buildId}, but this server runs build ${buildId}: its hashes would not match the pages' scripts. ${REBUILD}`,
    );
  }
  return manifest as ServingManifest;
}

// Where next.config.ts's distDir puts the build; built from process.cwd() and literals so that
// the bundler does not trace the whole project.
const FILE = resolve(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", SERVING_MANIFEST);
let loaded: ServingManifest | undefined;
let reported = false;

/**
 * The manifest of the build this server runs, read once; a ServingManifestError (logged once)
 * when it is missing or does not belong to this build. A failure is not remembered, so a server
 * started before the manifest was written recovers once it is.
 */
export function servingManifest(): ServingManifest | ServingManifestError {
  if (loaded) return loaded;
  let text: string | undefined;
  try {
    text = readFileSync(FILE, "utf8");
  } catch {}
  try {
    return (loaded = parseServingManifest(text, { file: FILE, buildId: process.env.RECOVERY_BUILD_ID }));
  } catch (error) {
    if (!(error instanceof ServingManifestError)) throw error;
    if (!reported) console.error(`Refusing to serve pages: ${error.message}`);
    reported = true;
    return error;
  }
}
