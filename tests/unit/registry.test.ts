import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildCatalog } from "@/lib/catalog/catalog";
import { COLLECTION_NAMES, collectionBySingular, entryHref, referenceFieldsByCollection, referenceFieldsOf } from "@/lib/content/collections";
import { loadContent } from "@/lib/content/load";
import { referenceFields, writtenReferences } from "@/lib/content/references";
import { ref } from "@/lib/content/schemas";
import { OUTCOMES } from "@/lib/content/vocabulary";

describe("the collection registry", () => {
  it("makes every entry's URL from the collection's index", () => {
    expect(entryHref("tools", "ice-tub")).toBe("/tools/ice-tub");
    expect(entryHref("studies", "machado-2016")).toBe("/studies/machado-2016");
    expect(collectionBySingular("study")).toBe("studies");
    expect(collectionBySingular("studies")).toBeUndefined();
  });

  it("finds reference fields in the schemas themselves, through lists, nesting and optional fields", () => {
    const paths = (name: (typeof COLLECTION_NAMES)[number]) => referenceFieldsOf(name).map((f) => `${f.path.join(".")} -> ${f.target}`);
    expect(paths("tools")).toEqual([
      "references.* -> studies",
      "modalities.* -> modalities",
      "replacedBy -> tools",
      "alternative.tool -> tools",
      "alternative.modality -> modalities",
    ]);
    expect(paths("modalities")).toEqual([
      "references.* -> studies",
      ...OUTCOMES.map((o) => `evidence.${o}.entries.*.study -> studies`),
    ]);
    expect(paths("studies")).toEqual([]);
  });

  it("refuses a ref() to a collection that does not exist, naming the schema and the field", () => {
    const definitions = { notes: { schema: z.strictObject({ about: z.array(ref("topics")).optional() }) } };
    expect(() => referenceFieldsByCollection(definitions)).toThrow('The notes schema has a ref("topics") at about.*, but there is no collection "topics"');
  });

  it("reads the references written in raw frontmatter, with the path of each, skipping values of the wrong type", () => {
    const fields = referenceFields(z.strictObject({ a: z.array(ref("tools")), b: z.strictObject({ c: ref("guides").optional() }) }));
    expect(writtenReferences({ a: ["x", 3, "y"], b: { c: "z" } }, fields)).toEqual([
      { path: ["a", 0], field: "a.*", target: "tools", slug: "x" },
      { path: ["a", 2], field: "a.*", target: "tools", slug: "y" },
      { path: ["b", "c"], field: "b.c", target: "guides", slug: "z" },
    ]);
    expect(writtenReferences({ a: "not a list" }, fields)).toEqual([]);
  });
});

describe("the catalog's references, resolved generically", () => {
  const catalog = buildCatalog(loadContent(join(__dirname, "..", "fixtures", "valid"), { includeDrafts: false }));

  it("gives each study the published entries that cite it, by collection, and each entry the studies it cites", () => {
    const citing = catalog.citing("studies", "machado-2016");
    expect(citing.map((g) => g.collection)).toEqual(["modalities"]);
    // sauna cites it too, but is a draft and so is not published
    expect(citing[0].entries.map((e) => e.slug)).toEqual(["cold-water-immersion", "heat-therapy"]);
    expect(catalog.studiesCitedBy("modalities", "cold-water-immersion").map((s) => s.slug)).toEqual(["machado-2016"]);
    expect(catalog.studiesCitedBy("tools", "ice-tub")).toEqual([]);
  });

  it("resolves a reference field to entries and drops links to entries that are not published", () => {
    expect(catalog.references("tools", "heat-pad", "modalities.*").map((e) => e.slug)).toEqual(["heat-therapy", "cold-water-immersion"]);
    expect(catalog.references("tools", "heat-pad", "alternative.modality").map((e) => e.slug)).toEqual(["cold-water-immersion"]);
    expect(catalog.citing("modalities", "sauna")).toEqual([]);
    expect(catalog.entry("studies", "machado-2016")?.href).toBe("/studies/machado-2016");
  });
});

describe("search over every collection", () => {
  it("finds a study by its authors, and puts a method's own page above the papers about it", async () => {
    const { search } = await import("@/lib/catalog/search");
    const catalog = buildCatalog(loadContent(join(__dirname, "..", "fixtures", "valid"), { includeDrafts: false }));
    expect(search(catalog, "Machado")[0]).toMatchObject({ id: "/studies/machado-2016", kind: "Study" });
    // the study's title says "muscle soreness" and the method only grades it, yet the method comes
    // first, after the answer for an outcome the site grades (the evidence map sorted by it)
    expect(search(catalog, "muscle soreness").map((hit) => hit.id).slice(0, 3)).toEqual(["/evidence/by/soreness", "/modalities/cold-water-immersion", "/studies/machado-2016"]);
  });
});
