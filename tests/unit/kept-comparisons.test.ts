import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/catalog";
import { buildComparison, canonicalRedirect, compareHref, MIN_COMPARED } from "@/lib/catalog/compare";
import { loadContent } from "@/lib/content/load";
import { comparisonQueryUrl, keptComparison, keptComparisonAt, keptComparisonPath } from "@/lib/catalog/kept-comparisons";

const fixtures = buildCatalog(loadContent(join(__dirname, "..", "fixtures", "valid"), { includeDrafts: false }));

/** The query object Next gives a page for this query string: repeated keys become arrays. */
function pageQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const seen = query[key];
    query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return query;
}

const QUERIES = [
  "tools=ice-tub,heat-pad",
  "tools=heat-pad,ice-tub",
  "tools=ice-tub,heat-pad,warm-blanket",
  "modalities=heat-therapy,cold-water-immersion",
  "modalities=sauna,heat-therapy",
  "tools=ice-tub",
  "tools=ice-tub,ice-tub",
  "tools=ice-tub,no-such-tool",
  "tools=Ice-Tub,heat-pad",
  "tools=ice-tub&tools=heat-pad",
  "tools=ice-tub,heat-pad&utm_source=x",
  "tools=ice-tub,heat-pad,",
  "tools=ice-tub,,heat-pad",
  "tools=%20ice-tub,heat-pad",
  "tools=ice-tub,heat-pad&modalities=cold-water-immersion,heat-therapy",
  "modalities=ice-tub,heat-pad",
  "tools=",
  "",
  "other=1",
];

describe("keptComparisonPath", () => {
  it("keeps exactly the comparisons whose URL is already their one canonical URL", () => {
    for (const search of QUERIES) {
      const query = pageQuery(search);
      const comparison = buildComparison(query, fixtures);
      const canonical =
        comparison.kind !== "none" &&
        comparison.items.length >= MIN_COMPARED &&
        comparison.notices.length === 0 &&
        !canonicalRedirect(query, comparison) &&
        search === `${comparison.kind}=${comparison.items.map((i) => i.slug).join(",")}`;
      expect(keptComparisonPath(new URLSearchParams(search), fixtures) !== null, search).toBe(canonical);
    }
  });

  it("names the kind and the slugs in the reader's order", () => {
    expect(keptComparisonPath(new URLSearchParams("tools=heat-pad,ice-tub"), fixtures)).toBe("/compare/tools/heat-pad/ice-tub");
    expect(keptComparisonPath(new URLSearchParams("modalities=heat-therapy,cold-water-immersion"), fixtures)).toBe(
      "/compare/modalities/heat-therapy/cold-water-immersion",
    );
    expect(keptComparisonPath(new URLSearchParams("modalities=heat-therapy,sauna"), fixtures)).toBeNull(); // a draft
  });
});

describe("keptComparison, on the kept route's own segments", () => {
  const kept = (kind: string, slugs: string[]) => keptComparison(kind, slugs, fixtures);

  it("builds the comparison for a tidy comparison's segments", () => {
    expect(kept("tools", ["ice-tub", "heat-pad"])).toEqual(buildComparison({ tools: "ice-tub,heat-pad" }, fixtures));
  });

  it("accepts only the two kinds, known slugs of that kind, no repeats and one slug per segment", () => {
    expect(kept("modalities", ["ice-tub", "heat-pad"])).toBeNull();
    expect(kept("guides", ["recovery-foundations", "recovery-foundations"])).toBeNull();
    expect(kept("tools", ["ice-tub", "ice-tub"])).toBeNull();
    expect(kept("tools", ["ice-tub"])).toBeNull();
    expect(kept("tools", ["ice-tub", "../etc"])).toBeNull();
    expect(kept("tools", ["ice-tub,heat-pad"])).toBeNull();
  });
});

describe("keptComparisonAt, on a path under /compare/", () => {
  it("names the kept path a tidy comparison's own path is, in its plain spelling", () => {
    expect(keptComparisonAt("/compare/tools/heat-pad/ice-tub", fixtures)).toBe("/compare/tools/heat-pad/ice-tub");
    expect(keptComparisonAt("/compare/tools/heat-pad/ice%2Dtub", fixtures)).toBe("/compare/tools/heat-pad/ice-tub");
    expect(keptComparisonAt("/compare/modalities/heat-therapy/cold-water-immersion", fixtures)).toBe(
      "/compare/modalities/heat-therapy/cold-water-immersion",
    );
  });

  it("names none for anything that is not exactly a tidy comparison", () => {
    for (const path of [
      "/compare/tools/heat-pad",
      "/compare/tools/heat-pad/heat-pad",
      "/compare/tools/heat-pad/no-such-tool",
      "/compare/tools/heat-pad,ice-tub",
      "/compare/tools/heat-pad%2Cice-tub/warm-blanket",
      "/compare/modalities/heat-pad/ice-tub",
      "/compare/modalities/heat-therapy/sauna", // a draft
      "/compare/guides/recovery-foundations/recovery-foundations",
      "/compare/tools/Heat-Pad/ice-tub",
      "/compare/tools/%E0%A4%A/ice-tub",
      "/compare/",
    ]) {
      expect(keptComparisonAt(path, fixtures), path).toBeNull();
    }
  });

  it("agrees with compareHref, the URL every link uses", () => {
    const href = compareHref("tools", ["warm-blanket", "ice-tub", "heat-pad"]);
    expect(keptComparisonAt(href, fixtures)).toBe(href);
  });
});

describe("comparisonQueryUrl", () => {
  it("turns a path under /compare/ into the query form, or the empty compare page", () => {
    expect(comparisonQueryUrl("/compare/tools/ice-tub/heat-pad")).toBe("/compare?tools=ice-tub,heat-pad");
    expect(comparisonQueryUrl("/compare/modalities/sauna/")).toBe("/compare?modalities=sauna");
    expect(comparisonQueryUrl("/compare/tools/a%20b/c%2Cd")).toBe("/compare?tools=a%20b,c%2Cd");
    expect(comparisonQueryUrl("/compare/tools")).toBe("/compare");
    expect(comparisonQueryUrl("/compare/guides/x/y")).toBe("/compare");
    expect(comparisonQueryUrl("/compare/")).toBe("/compare");
  });
});
