// The last step of `npm run build`: marks the client chunks every page runs at start-up with V8's
// explicit compile hint. Chrome 136 and later then compile those chunks' functions on the thread
// that streams the script in, instead of one by one on the main thread the first time each is
// called; other browsers ignore the comment. Nearly all of a page's main-thread JavaScript here
// is Next's and React's start-up, so this is where Total Blocking Time can fall (`npm run bench`,
// Lighthouse). Next has no option for it yet (vercel/next.js discussion #101287). A build
// adapter's onBuildComplete could run it, but an adapter also changes where the build writes its
// prerendered pages; scripts/build.ts runs it as a plain step after `next build` instead.
// Plain JavaScript, so the build needs no TypeScript loader for it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Adds the hint to the chunks the build manifest lists as every page's start-up files
 * (`rootMainFiles`), once; chunks loaded later, such as a page's own, are left alone. The change
 * is the same for the same chunk, so a file name still stands for one content, as immutable
 * caching needs. Returns the files it marked.
 */
export function addCompileHints(distDir) {
  const manifestFile = join(distDir, "build-manifest.json");
  let rootMainFiles;
  try {
    ({ rootMainFiles } = JSON.parse(readFileSync(manifestFile, "utf8")));
  } catch (error) {
    throw new Error(`compile hints: cannot read the start-up chunks from ${manifestFile}: ${error.message}`);
  }
  if (!Array.isArray(rootMainFiles) || rootMainFiles.length === 0) {
    throw new Error(`compile hints: ${manifestFile} lists no rootMainFiles; has Next changed its build manifest?`);
  }
  const marked = [];
  for (const file of rootMainFiles.filter((f) => f.endsWith(".js"))) {
    const path = join(distDir, file);
    const source = readFileSync(path, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(path, COMPILE_HINT + source);
    marked.push(file);
  }
  return marked;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const marked = addCompileHints(distDir);
  console.log(`Compile hints: ${marked.length ? `marked ${marked.length} start-up chunks` : "start-up chunks already marked"} in ${distDir}`);
}
