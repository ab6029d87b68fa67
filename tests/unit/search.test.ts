import { describe, expect, it } from "vitest";
import { buildSearchIndex, search, searchData, searchDocuments, searchIndex } from "@/lib/catalog/search";
import { comparedParts } from "@/lib/catalog/search-query";
import { siteCatalog } from "../fixtures/catalogs";

const catalog = siteCatalog();
const ids = (query: string) => search(catalog, query).map((h) => h.id);

describe("search", () => {
  it("indexes every published article and study, by kind, with its body as plain text", () => {
    const documents = searchDocuments(catalog);
    const count = (kind: string) => documents.filter((d) => d.kind === kind).length;
    expect([count("Recovery method"), count("Tool"), count("Guide"), count("Buying guide"), count("Study")]).toEqual([7, 8, 3, 2, 16]);
    expect(buildSearchIndex(documents).documentCount).toBe(36);
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
    // The two papers score alike; equal scores go by address, so the server and the browser agree.
    expect(ids("Wiewelhove")).toEqual(["/studies/wiewelhove-2018", "/studies/wiewelhove-2019", "/modalities/foam-rolling"]); // the method cites it in its body
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

// The fixture site's vocabulary is tests/fixtures/site/search-vocabulary.md; its grades are in site/README.md.
describe("search reads what runners type", () => {
  it("finds the site's word for a runner's word through the vocabulary, and nothing without it", () => {
    expect(ids("polar plunge")[0]).toBe("/modalities/cold-water-immersion");
    expect(ids("cryo")[0]).toBe("/modalities/cryotherapy-chamber");
    expect(ids("boots")[0]).toBe("/modalities/pneumatic-compression");
    expect(ids("percussion gun")[0]).toBe("/modalities/percussion-massage");
    expect(ids("snooze")[0]).toBe("/modalities/sleep");
    const bare = { ...searchData(catalog), terms: { ...searchData(catalog).terms, synonyms: [] } };
    expect(searchIndex(bare, "snooze")).toEqual([]);
  });

  it("reads plurals, case and punctuation as the names are written", () => {
    expect(ids("Recovery Boot")[0]).toBe("/modalities/pneumatic-compression");
    expect(ids("massage guns")[0]).toBe("/modalities/percussion-massage");
    expect(ids("whole body cryotherapy")[0]).toBe("/modalities/cryotherapy-chamber");
  });

  it("puts first the page one of whose names holds the query, before pages that only mention it", () => {
    expect(ids("cryotherapy")[0]).toBe("/modalities/cryotherapy-chamber");
    expect(ids("relief")[0]).toBe("/tools/air-relief-boots");
  });

  it("puts the page a query names first even when it lacks the question's other words", () => {
    expect(search(catalog, "does cryo speed up healing")[0]).toMatchObject({ id: "/modalities/cryotherapy-chamber", grades: expect.any(Array) });
  });

  it("forgives a typo in a long word only: one letter off a short word is another word", () => {
    expect(ids("foam rollr")[0]).toBe("/tools/foam-roller");
    expect(ids("ice")).toContain("/modalities/cold-water-immersion");
    expect(ids("ace")).toEqual([]);
  });

  it("ranks a page whose section heading holds the query's words in order before pages that only hold the words", () => {
    expect(ids("prices and specs")[0]).toBe("/guides/methodology");
    expect(search(catalog, "specs and prices")[0].kind).toBe("Tool");
  });

  it("answers a question about a method with that method first, carrying its grades linked to why", () => {
    for (const q of ["does cryotherapy work", "is cryo worth it?", "Do recovery boots work"]) {
      expect(search(catalog, q)[0].grades, q).toBeDefined();
    }
    const [first] = search(catalog, "does cryotherapy work");
    expect(first.id).toBe("/modalities/cryotherapy-chamber");
    expect(first.grades?.map((g) => g.outcome)).toEqual(["Soreness", "Fatigue", "Next session", "Strength gains", "Endurance gains"]);
    expect(first.grades?.[0]).toEqual({ outcome: "Soreness", grade: "Limited evidence of benefit", href: "/modalities/cryotherapy-chamber#why-soreness" });
    // only the method a query names, and only first
    expect(search(catalog, "thump gun")[0].grades).toBeUndefined();
    expect(search(catalog, "cryotherapy").slice(1).every((h) => h.grades === undefined)).toBe(true);
  });

  it("answers an outcome, by its name or the vocabulary's, with the evidence map sorted by it", () => {
    for (const q of ["DOMS", "sore legs", "Achy muscles", "muscle soreness"]) {
      expect(search(catalog, q)[0], q).toMatchObject({ id: "/evidence/by/soreness", kind: "Evidence map" });
    }
    expect(search(catalog, "fatigue")[0].id).toBe("/evidence/by/fatigue");
    expect(ids("sore legs").slice(1)).toContain("/modalities/foam-rolling");
  });

  it("answers a body area, by its name or the vocabulary's, with the finder for it", () => {
    for (const q of ["calves", "Calf"]) {
      expect(search(catalog, q)[0], q).toMatchObject({ id: "/finder?area=calves#results", kind: "Finder", title: "Recovery methods for the calves" });
    }
    expect(search(catalog, "iliotibial band")[0]).toMatchObject({ id: "/finder?area=it-band#results", title: "Recovery methods for the IT band" });
    expect(search(catalog, "bands").some((h) => h.kind === "Finder")).toBe(false);
    // Only a query that is the area's name: "calf compression" is about compression.
    expect(search(catalog, "calf compression").some((h) => h.kind === "Finder")).toBe(false);
    expect(search(catalog, "whole body").some((h) => h.kind === "Finder")).toBe(false);
  });
});

describe("search answers a comparison", () => {
  it("reads two to four things separated by vs, or, commas, or and after a cue", () => {
    expect(comparedParts("theragun vs. hypervolt")).toEqual(["theragun", "hypervolt"]);
    expect(comparedParts("Normatec or Rapid Reboot?")).toEqual(["Normatec", "Rapid Reboot"]);
    expect(comparedParts("compare a and b")).toEqual(["a", "b"]);
    expect(comparedParts("difference between a, b and c")).toEqual(["a", "b", "c"]);
    expect(comparedParts("tart cherry and chocolate milk")).toBeUndefined();
    expect(comparedParts("is foam rolling worth it")).toBeUndefined();
  });

  it("puts the comparison of the tools a query names first, then each tool", () => {
    expect(search(catalog, "thump gun vs travel boots").slice(0, 3)).toEqual([
      expect.objectContaining({ id: "/compare/tools/thump-gun/travel-boots", kind: "Comparison", title: "Compare Thump Gun vs Travel Boots" }),
      expect.objectContaining({ id: "/tools/thump-gun" }),
      expect.objectContaining({ id: "/tools/travel-boots" }),
    ]);
    expect(ids("air relief or travel boots")[0]).toBe("/compare/tools/air-relief-boots/travel-boots");
    expect(ids("Thump gun, travel boots and foam roller")[0]).toBe("/compare/tools/thump-gun/travel-boots/foam-roller");
  });

  it("compares methods named by title, alias or the vocabulary", () => {
    expect(ids("compare ice bath and cryo")[0]).toBe("/compare/modalities/cold-water-immersion/cryotherapy-chamber");
    expect(ids("polar plunge versus boots")[0]).toBe("/compare/modalities/cold-water-immersion/pneumatic-compression");
  });

  it("compares a tool beside a method as the method it delivers, and drops one that repeats another", () => {
    const [answer] = search(catalog, "thump gun vs foam rolling");
    expect(answer).toMatchObject({ id: "/compare/modalities/percussion-massage/foam-rolling", kind: "Comparison" });
    expect(answer.summary).toMatch(/as the method it delivers/);
    // the Thump Gun delivers percussion massage: one method is nothing to compare
    expect(search(catalog, "thump gun vs massage gun")[0]).toMatchObject({ id: "/tools/thump-gun" });
  });

  it("offers no comparison when a part names nothing, for more than four parts, or for and without a cue", () => {
    expect(ids("thump gun vs banana")[0]).toBe("/tools/thump-gun");
    expect(search(catalog, "cryo vs boots vs sleep vs nutrition vs foam rolling").some((h) => h.kind === "Comparison")).toBe(false);
    expect(search(catalog, "foam rolling and sleep").some((h) => h.kind === "Comparison")).toBe(false);
  });
});
