import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { buildCatalog } from "@/lib/catalog/catalog";
import { buildComparison, canonicalRedirect, compareHref, MIN_COMPARED } from "@/lib/catalog/compare";
import { loadContent } from "@/lib/content/load";
import { KEPT_COMPARISON_HEADER, keptComparisonRewrites, MAX_COMPARED } from "@/lib/web/kept-comparison-route";
import { KeptComparisonBudget, keptComparison, keptComparisonPath, publicComparisonUrl } from "@/lib/catalog/kept-comparisons";

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
        `/compare?${search}` === compareHref(comparison.kind, comparison.items.map((i) => i.slug));
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

describe("publicComparisonUrl", () => {
  it("turns a path under /compare/ into the query form, or the empty compare page", () => {
    expect(publicComparisonUrl("/compare/tools/ice-tub/heat-pad")).toBe("/compare?tools=ice-tub,heat-pad");
    expect(publicComparisonUrl("/compare/modalities/sauna/")).toBe("/compare?modalities=sauna");
    expect(publicComparisonUrl("/compare/tools/a%20b/c%2Cd")).toBe("/compare?tools=a%20b,c%2Cd");
    expect(publicComparisonUrl("/compare/tools")).toBe("/compare");
    expect(publicComparisonUrl("/compare/guides/x/y")).toBe("/compare");
    expect(publicComparisonUrl("/compare/")).toBe("/compare");
  });
});

describe("KeptComparisonBudget", () => {
  it("admits new comparisons until it is full, and always those it already admitted", () => {
    const budget = new KeptComparisonBudget(2);
    expect(budget.admit("/compare/tools/a/b")).toBe(true);
    expect(budget.admit("/compare/tools/b/a")).toBe(true);
    expect(budget.admit("/compare/tools/a/c")).toBe(false);
    expect(budget.admit("/compare/tools/a/b")).toBe(true);
  });
});

describe("keptPageScriptHashes", () => {
  const dist = mkdtempSync(join(tmpdir(), "kept-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("reads the page Next keeps under route-cache, and remembers it only once it exists", async () => {
    vi.stubEnv("NEXT_DIST_DIR", dist);
    vi.resetModules();
    const { keptPageScriptHashes } = await import("@/lib/web/prerendered-scripts");
    const { inlineScriptHashes } = await import("@/lib/web/csp");
    vi.unstubAllEnvs();
    const route = "/compare/[kind]/[...slugs]";
    expect(keptPageScriptHashes("/compare/tools/a/b", route)).toBeNull();

    const source = createHash("sha256").update(`${route}/page`).digest("hex");
    const dir = join(dist, "server", "route-cache", "APP_PAGE", source, "$", "compare", "tools", "a");
    mkdirSync(dir, { recursive: true });
    const html = "<html><script>self.go=1</script><script src=/x.js></script></html>";
    writeFileSync(join(dir, "b.html"), html);
    expect(keptPageScriptHashes("/compare/tools/a/b", route)).toEqual(inlineScriptHashes(html));

    // Remembered: the file Next wrote does not change for the life of the build.
    writeFileSync(join(dir, "b.html"), "<script>other()</script>");
    expect(keptPageScriptHashes("/compare/tools/a/b", route)).toEqual(inlineScriptHashes(html));
    expect(keptPageScriptHashes("/compare/tools/../../../etc/passwd", route)).toBeNull();
  });
});

describe("keptComparisonRewrites", () => {
  it("has one rule per number of items that maps the proxy's header onto the kept route", () => {
    const rules = keptComparisonRewrites();
    expect(rules).toHaveLength(MAX_COMPARED - MIN_COMPARED + 1);
    for (const [kind, slugs] of [
      ["tools", ["ice-tub", "heat-pad"]],
      ["modalities", ["heat-therapy", "cold-water-immersion", "a", "b"]],
    ] as const) {
      const header = `${kind}/${slugs.join("/")}`;
      // Next matches `has` values as whole strings and fills the destination from the named groups.
      const matching = rules.filter((rule) => new RegExp(`^${rule.has[0].value}$`).test(header));
      expect(matching, header).toHaveLength(1);
      const groups = new RegExp(`^${matching[0].has[0].value}$`).exec(header)!.groups!;
      expect(matching[0].destination.replace(/:(\w+)/g, (_, name: string) => groups[name])).toBe(`/compare/${header}`);
      expect(matching[0].has[0].key).toBe(KEPT_COMPARISON_HEADER);
    }
    for (const header of ["tools/a", "tools/a/b/c/d/e", "guides/a/b", "tools/A/b", "tools/a/../b"]) {
      expect(rules.some((rule) => new RegExp(`^${rule.has[0].value}$`).test(header)), header).toBe(false);
    }
  });
});
