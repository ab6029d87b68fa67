import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog/catalog";
import { buildSearchIndex, search, searchDocuments } from "@/lib/catalog/search";

const catalog = getCatalog();

describe("search", () => {
  it("indexes every article", () => {
    expect(searchDocuments(catalog)).toHaveLength(catalog.modalities.length + catalog.tools.length + catalog.guides.length + catalog.studies.length);
    expect(buildSearchIndex(catalog).documentCount).toBe(searchDocuments(catalog).length);
  });

  it("ranks a title match first and finds words that appear only in the body", () => {
    expect(search(catalog, "normatec")[0].title).toMatch(/^Normatec/);
    expect(search(catalog, "Epsom").map((h) => h.id)).toContain("/modalities/heat-therapy");
  });

  it("forgives a typo and a prefix", () => {
    expect(search(catalog, "cryotherpy").map((h) => h.id)).toContain("/modalities/cryotherapy-chamber");
    expect(search(catalog, "percuss").map((h) => h.id)).toContain("/modalities/percussion-massage");
  });

  it("returns nothing for a blank query and copes with absurd ones", () => {
    expect(search(catalog, "   ")).toEqual([]);
    expect(() => search(catalog, "x".repeat(100_000))).not.toThrow();
    expect(() => search(catalog, "%00 <script> (((")).not.toThrow();
  });
});
