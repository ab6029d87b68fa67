// Build benchmark: `next build` of a site made of 100 and then 1,000 generated articles, to find
// what each extra prerendered page costs. Both builds run after a warm-up build, so the
// compiler's cache is equally warm for each and the difference is the pages themselves.
// Builds go to .next-bench, never over the real build.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { generateContent } from "./bench-content";
import { nextBuild } from "./next-server.mjs";

const SIZES = (process.env.BENCH_BUILD_SIZES ?? "100,1000").split(",").map(Number);
const DIST = ".next-bench";

function build(articles: number): { seconds: number; pages: number } {
  const root = generateContent(articles);
  try {
    const seconds = nextBuild({ env: { RECOVERY_CONTENT_DIR: root, NEXT_DIST_DIR: DIST } });
    const manifest = JSON.parse(readFileSync(join(DIST, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
    return { seconds, pages: Object.keys(manifest.routes).length };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

try {
  console.log(`Build (next build with generated articles; warm compiler cache):`);
  build(SIZES[0]); // warm-up
  const runs = SIZES.map((n) => ({ n, ...build(n) }));
  for (const { n, seconds, pages } of runs) {
    console.log(`  ${String(n).padStart(5)} articles: ${seconds.toFixed(1).padStart(6)} s, ${pages} prerendered routes`);
  }
  const [small, large] = [runs[0], runs[runs.length - 1]];
  if (large.pages > small.pages) {
    const perPage = ((large.seconds - small.seconds) * 1000) / (large.pages - small.pages);
    const perArticle = ((large.seconds - small.seconds) * 1000) / (large.n - small.n);
    console.log(`  cost of each extra prerendered route: ${perPage.toFixed(0)} ms (from ${small.n} to ${large.n} articles)`);
    console.log(`  cost of each extra article (its page and its social image): ${perArticle.toFixed(0)} ms`);
    console.log(`  whole build per route: ${((small.seconds * 1000) / small.pages).toFixed(0)} ms at ${small.n}, ${((large.seconds * 1000) / large.pages).toFixed(0)} ms at ${large.n}`);
  }
} finally {
  rmSync(DIST, { recursive: true, force: true });
}
