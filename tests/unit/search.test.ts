import { describe, expect, it } from "vitest";
import { buildSearchIndex, search, searchDocuments } from "@/lib/catalog/search";
import { siteCatalog } from "../fixtures/catalogs";

const catalog = siteCatalog();
const ids = (query: string) => search(catalog, query).map((h) => h.id);

describe("search", () => {
  it("indexes every published article and study, by kind, with its body as plain text", () => {
    const documents = searchDocuments(catalog);
    const count = (kind: string) => documents.filter((d) => d.kind === kind).length;
    expect([count("Recovery method"), count("Tool"), count("Guide"), count("Buying guide"), count("Study")]).toEqual([7, 8, 3, 2, 16]);
    expect(buildSearchIndex(catalog).documentCount).toBe(36);
    const sleep = documents.find((d) => d.id === "/modalities/sleep")!;
    expect(sleep.headings).toBe("How it works What the research shows How to do it Timing Who benefits most When to skip it Cost and access");
    expect(sleep.body).not.toMatch(/[<>]/);
  });

  it("ranks a title match first and finds words that appear only in the body", () => {
    expect(search(catalog, "thump")[0].title).toBe("Thump Gun");
    expect(ids("blackout")).toEqual(["/modalities/sleep"]);
  });

  it("puts the page a query names first, by its title or any of its aliases, whatever matches elsewhere", () => {
    // "Cold plunge" is the cold water method's alias; the Ice Tub is a cold plunge too, and ranked first before
    expect(ids("cold plunge")[0]).toBe("/modalities/cold-water-immersion");
    expect(ids("Massage  GUN")[0]).toBe("/modalities/percussion-massage");
    expect(ids("whole-body cryotherapy")[0]).toBe("/modalities/cryotherapy-chamber");
    expect(ids("foam roller")[0]).toBe("/tools/foam-roller");
    // a query that only starts an alias is ranked by score as before
    expect(ids("cold plu").length).toBeGreaterThan(0);
  });

  it("finds a study by its authors, its title, or the venue its description names", () => {
    expect(ids("Wiewelhove")).toEqual(["/studies/wiewelhove-2019", "/studies/wiewelhove-2018", "/modalities/foam-rolling"]); // the method cites it in its body
    expect(ids("Journal of Physiology")).toEqual(["/studies/roberts-2015"]);
    expect(search(catalog, "handbook")[0]).toMatchObject({ id: "/studies/grade-handbook", kind: "Study" });
  });

  it("forgives a typo and a prefix", () => {
    expect(ids("cryotherpy")).toContain("/modalities/cryotherapy-chamber");
    expect(ids("percuss")).toContain("/modalities/percussion-massage");
  });

  it("finds no draft in a published catalog", () => {
    expect(ids("contrast")).toEqual([]);
    expect(search(siteCatalog({ drafts: true }), "contrast").map((h) => h.id)).toEqual(
      expect.arrayContaining(["/modalities/contrast-water-therapy", "/tools/contrast-tub", "/studies/versey-2012"]),
    );
  });

  it("returns nothing for a blank query and copes with absurd ones", () => {
    expect(search(catalog, "   ")).toEqual([]);
    expect(() => search(catalog, "x".repeat(100_000))).not.toThrow();
    expect(() => search(catalog, "%00 <script> (((")).not.toThrow();
  });
});
