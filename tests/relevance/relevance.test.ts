import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/catalog";
import { compareHref } from "@/lib/catalog/compare";
import { mapSortHref } from "@/lib/catalog/evidence-map";
import { search, searchTerms } from "@/lib/catalog/search";
import { piecewiseSearch } from "@/lib/catalog/search-pieces";
import { searchPieces } from "@/lib/catalog/search-split";
import { readRelevanceSet, relevanceLine, relevanceMisses, scoreRelevance } from "@/lib/catalog/search-relevance";
import { COLLECTION_NAMES } from "@/lib/content/collections";
import { ContentError } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { OUTCOMES } from "@/lib/content/vocabulary";

// The corpus's relevance check: unlike every other unit test, this one runs on the real site
// (content/), as the content check does, because what it measures is how search answers runners
// on these articles. tests/relevance/queries.yaml holds the queries; a page renamed or a better
// one written changes an expectation there.
const result = loadContent(join(process.cwd(), "content"), { includeDrafts: false });
if (result.issues.length) throw new ContentError(result.issues);
const catalog = buildCatalog(result);
const queries = readRelevanceSet();

describe("search relevance on the real site", () => {
  it("has at least 40 queries, each expecting a page that exists", () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const pages = new Set<string>([
      ...COLLECTION_NAMES.flatMap((c) => catalog.entries(c).map((e) => e.href)),
      ...OUTCOMES.map(mapSortHref),
      ...searchTerms(catalog).areas.map((a) => a.href),
    ]);
    const exists = (path: string) => {
      const compared = /^\/compare\/(tools|modalities)\/(.+)$/.exec(path);
      if (!compared) return pages.has(path);
      const kind = compared[1] as "tools" | "modalities";
      const slugs = compared[2].split("/");
      return slugs.every((s) => pages.has(`/${kind}/${s}`)) && compareHref(kind, slugs) === path;
    };
    const missing = queries.flatMap(({ q, first, top3 = [] }) => [first, ...top3].filter((p) => !exists(p)).map((p) => `${q}: ${p}`));
    expect(missing).toEqual([]);
  });

  it("puts the expected page first for at least 95% of queries and in the top three for all", () => {
    const score = scoreRelevance(queries, (q) => search(catalog, q));
    const report = [relevanceLine(score), ...relevanceMisses(score)].join("\n");
    expect(score.top3, report).toBe(1);
    expect(score.top1, report).toBeGreaterThanOrEqual(0.95);
  });

  it("gives the same results in the browser, from the index in pieces, as the server gives without JavaScript", async () => {
    const pieces = searchPieces(catalog);
    const instant = piecewiseSearch(async (file) => JSON.parse(JSON.stringify(pieces.get(file))));
    for (const { q } of queries) expect(await instant(q), q).toEqual(search(catalog, q));
  });
});
