// Benchmarks the content pipeline: N synthetic articles are written to a temporary folder, then
// loaded, validated, rendered and cross-linked. Times vary with machine load, so compare the
// per-article figures and the ratio between sizes measured in the same run, not absolute numbers.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildCatalog, getCatalog } from "../lib/catalog/catalog";
import { loadContent } from "../lib/content/load";
import { ContentCache } from "../lib/content/content-cache";
import { parseSource } from "../lib/content/frontmatter";
import { markdownProcessor } from "../lib/content/markdown";
import { generateContent } from "./bench-content";

const SIZES = (process.argv[2] ?? "100,1000").split(",").map(Number);
const RUNS = 3;

function loadAndLink(root: string, n: number, cache: ContentCache): number {
  const start = performance.now();
  const content = loadContent(root, { includeDrafts: false, cache });
  if (content.issues.length) throw new Error(`generated content is invalid:\n${content.issues.map((i) => i.message).join("\n")}`);
  const catalog = buildCatalog(content);
  if (catalog.modalities.length + catalog.tools.length !== n) throw new Error("articles went missing");
  return performance.now() - start;
}

/** The Markdown bodies of the generated articles, read and split from their frontmatter up front. */
function bodiesOf(root: string): string[] {
  return ["modalities", "tools"].flatMap((c) =>
    readdirSync(join(root, c)).map((name) => parseSource(readFileSync(join(root, c, name), "utf8")).body),
  );
}

/** The pipeline's Markdown parser alone over every body: the floor under any cold load. */
function parseOnly(bodies: string[]): number {
  const start = performance.now();
  for (const body of bodies) markdownProcessor.parse(body);
  return performance.now() - start;
}

/**
 * Best of RUNS, cold (every file parsed and rendered) and warm (a new process's view: parsed
 * frontmatter and rendered Markdown read from the on-disk cache of an earlier run; validation,
 * cross-link checks and the catalog done again). The parser alone runs right after each cold
 * load, so the two see the same moment of a machine whose speed drifts.
 */
function measure(n: number): { cold: number; warm: number; parse: number } {
  const root = generateContent(n);
  const cacheFile = join(root, "content-cache.json");
  try {
    const bodies = bodiesOf(root);
    const coldRuns: number[] = [];
    const parseRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      coldRuns.push(loadAndLink(root, n, new ContentCache()));
      parseRuns.push(parseOnly(bodies));
    }
    loadAndLink(root, n, new ContentCache(cacheFile)); // fills the cache file
    const warm = Math.min(
      ...Array.from({ length: RUNS }, () => {
        const cache = new ContentCache(cacheFile);
        const ms = loadAndLink(root, n, cache);
        if (cache.misses) throw new Error("the warm run parsed or rendered a file");
        return ms;
      }),
    );
    return { cold: Math.min(...coldRuns), warm, parse: Math.min(...parseRuns) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

measure(50); // warm up the JIT and the module cache so the first size is not penalised

console.log(`Content pipeline (load + validate + render + cross-link), best of ${RUNS} runs:`);
const perArticle = { cold: [] as number[], warm: [] as number[], parse: [] as number[] };
for (const n of SIZES) {
  const { cold, warm, parse } = measure(n);
  perArticle.cold.push(cold / n);
  perArticle.warm.push(warm / n);
  perArticle.parse.push(parse / n);
  console.log(
    `  ${String(n).padStart(5)} articles: cold ${(cold / n).toFixed(3)} ms per article (${cold.toFixed(0)} ms), ` +
      `parse and render cached ${(warm / n).toFixed(3)} ms per article (${warm.toFixed(0)} ms)`,
  );
}
if (SIZES.length > 1) {
  const last = SIZES.length - 1;
  const growth = (list: number[]) => (list[last] / list[0]).toFixed(2);
  console.log(
    `  per-article cost at ${SIZES[last]} vs ${SIZES[0]}: cold ${growth(perArticle.cold)}x, cached ${growth(perArticle.warm)}x (1.00x = perfectly linear)`,
  );
  console.log(
    `  cached vs cold at ${SIZES[last]}: ${(perArticle.warm[last] / perArticle.cold[last]).toFixed(2)}x; budget 1 ms per article: ` +
      `${perArticle.warm[last] <= 1 ? "met" : "missed"} with the cache, ${perArticle.cold[last] <= 1 ? "met" : "missed"} cold`,
  );
  console.log(
    `  the Markdown parser alone (remark-parse with GFM, no rendering) at ${SIZES[last]}: ${perArticle.parse[last].toFixed(3)} ms per article, ` +
      `${(perArticle.parse[last] / perArticle.cold[last]).toFixed(2)}x of the cold load, which must do at least this`,
  );
}

const first = performance.now();
try {
  getCatalog();
} catch (error) {
  console.error(`Site content is invalid, so getCatalog() was not measured:\n${(error as Error).message}`);
  process.exit(1);
}
const firstMs = performance.now() - first;
const again = performance.now();
for (let i = 0; i < 1000; i++) getCatalog();
const againUs = ((performance.now() - again) / 1000) * 1000;
console.log(`Site content via getCatalog(): first call ${firstMs.toFixed(0)} ms, later calls ${againUs.toFixed(2)} µs each (loaded once per process)`);
