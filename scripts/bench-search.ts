// Search relevance on the real site: runs tests/relevance/queries.yaml against content/ and prints
// "Search relevance: N queries, top-1 X%, top-3 Y%", then each miss; then the instant index in
// pieces at 1,000 articles: its size and the bytes a query fetches. Part of `npm run bench`.
import { join } from "node:path";
import { buildCatalog } from "../lib/catalog/catalog";
import { gzipSync } from "node:zlib";
import { buildSearchIndex, search, searchDocuments, searchIndex, searchTerms, type SearchDocument } from "../lib/catalog/search";
import { piecewiseSearch } from "../lib/catalog/search-pieces";
import { splitSearchIndex } from "../lib/catalog/search-split";
import { readRelevanceSet, relevanceLine, relevanceMisses, scoreRelevance } from "../lib/catalog/search-relevance";
import { ContentError } from "../lib/content/issues";
import { loadContent } from "../lib/content/load";

const result = loadContent(join(process.cwd(), "content"), { includeDrafts: false });
if (result.issues.length) throw new ContentError(result.issues);
const catalog = buildCatalog(result);
const score = scoreRelevance(readRelevanceSet(), (q) => search(catalog, q));
console.log(relevanceLine(score));
for (const line of relevanceMisses(score)) console.log(line);

// The instant index at 1,000 articles: the site's documents, each copied with its own title, names
// and a sixth of its words made new, so the vocabulary grows as a real library's would. Every
// relevance query runs through the index in pieces as a browser would, on a fresh visit (the meta
// file counted) and after it (the meta file kept); bytes are gzip -9, as nginx or a CDN sends them.
const ARTICLES = 1000;
const base = searchDocuments(catalog);
const many: SearchDocument[] = [];
for (let copy = 0; many.length < ARTICLES; copy++) {
  for (const d of base) {
    if (many.length === ARTICLES) break;
    if (copy === 0) {
      many.push(d);
      continue;
    }
    const vary = (text: string) => text.split(" ").map((w, i) => (i % 6 === 0 && w.length > 3 ? `${w}${copy}` : w)).join(" ");
    many.push({ ...d, id: `${d.id}-${copy}`, title: `${d.title} ${copy}`, names: d.names.split("\n").map((n) => `${n} ${copy}`).join("\n"), summary: vary(d.summary), body: vary(d.body) });
  }
}
const whole = { index: buildSearchIndex(many), terms: searchTerms(catalog) };
const pieces = splitSearchIndex(whole);
const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
const sizes = new Map([...pieces].map(([file, value]) => [file, gz(value)]));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = [...sizes.values()].reduce((a, b) => a + b, 0);
const meta = sizes.get("meta.json")!;
async function bytesPerQuery() {
  const perQuery: { q: string; bytes: number; files: number; same: boolean }[] = [];
  for (const { q } of readRelevanceSet()) {
    const fetched: string[] = [];
    const instant = piecewiseSearch(async (file) => {
      fetched.push(file);
      return JSON.parse(JSON.stringify(pieces.get(file)));
    });
    const hits = await instant(q);
    perQuery.push({ q, bytes: fetched.reduce((s, f) => s + sizes.get(f)!, 0), files: fetched.length, same: JSON.stringify(hits) === JSON.stringify(searchIndex(whole, q)) });
  }
  const byBytes = [...perQuery].sort((a, b) => a.bytes - b.bytes);
  const median = byBytes[Math.floor(byBytes.length / 2)];
  const largest = byBytes[byBytes.length - 1];
  console.log(
    `Instant search index at ${ARTICLES} articles (${whole.index.termCount} terms): ${pieces.size} files, ${kb(total)} in all ` +
      `(the whole index as one file would be ${kb(gz(whole.index.toJSON()))}); meta file ${kb(meta)}, fetched once per visit`,
  );
  console.log(
    `  bytes fetched per query over the ${perQuery.length} relevance queries: median ${kb(median.bytes)} on a fresh visit (${median.files} files), ` +
      `${kb(median.bytes - meta)} once the meta file is kept; largest ${kb(largest.bytes)} ("${largest.q}"); budget 100 KB for a typical query: ` +
      `${median.bytes < 100 * 1024 ? "met" : "MISSED"}`,
  );
  console.log(`  same answers as the whole index: ${perQuery.filter((p) => p.same).length} of ${perQuery.length} queries${perQuery.some((p) => !p.same) ? ` (not: ${perQuery.filter((p) => !p.same).map((p) => `"${p.q}"`).join(", ")})` : ""}`);
}

bytesPerQuery().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
