import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog, type Catalog } from "@/lib/catalog/catalog";
import { loadContent } from "@/lib/content/load";
import { GRADES, OUTCOMES } from "@/lib/content/vocabulary";
import { siteCatalog } from "../fixtures/catalogs";

function catalogOf(dir: string, includeDrafts = true): Catalog {
  const result = loadContent(dir, { includeDrafts });
  expect(result.issues).toEqual([]);
  return buildCatalog(result);
}

/** The invariants every catalog must keep, whatever the content. */
function expectInvariants(catalog: Catalog) {
  const modalitySlugs = catalog.modalities.map((m) => m.slug);
  const toolSlugs = catalog.tools.map((t) => t.slug);
  expect(new Set(modalitySlugs).size).toBe(modalitySlugs.length);
  expect(new Set(toolSlugs).size).toBe(toolSlugs.length);

  for (const tool of catalog.tools) {
    const delivered = catalog.modalitiesForTool(tool.slug);
    expect(delivered.length, `${tool.slug} delivers no modality`).toBeGreaterThan(0);
    expect(new Set(delivered).size).toBe(delivered.length);
    for (const m of delivered) {
      expect(catalog.modality(m.slug)).toBe(m); // no dangling slug
      expect(catalog.toolsForModality(m.slug)).toContain(tool); // the link goes both ways
    }
    for (const related of catalog.relatedTools(tool.slug)) {
      expect(related).not.toBe(tool);
      expect(catalog.relatedTools(related.slug)).toContain(tool); // relatedness is symmetric
    }
  }
  for (const modality of catalog.modalities) {
    const tools = catalog.toolsForModality(modality.slug);
    expect(new Set(tools).size).toBe(tools.length);
    for (const t of tools) expect(catalog.modalitiesForTool(t.slug)).toContain(modality);
  }
  for (const guide of catalog.guides) {
    for (const m of catalog.modalitiesForGuide(guide.slug)) expect(catalog.modality(m.slug)).toBe(m);
    for (const t of catalog.toolsForGuide(guide.slug)) expect(catalog.tool(t.slug)).toBe(t);
  }
  const grouped = catalog.modalitiesByCategory().flatMap((g) => g.modalities);
  expect(grouped).toEqual(catalog.modalities);
}

describe("buildCatalog on the fixture content", () => {
  const catalog = catalogOf(join(__dirname, "..", "fixtures", "valid"));

  it("keeps its invariants", () => expectInvariants(catalog));

  it("orders modalities by category, then title", () => {
    expect(catalog.modalities.map((m) => m.slug)).toEqual(["cold-water-immersion", "heat-therapy", "sauna"]);
    expect(catalog.modalitiesByCategory().map((g) => [g.category, g.modalities.length])).toEqual([
      ["cold", 1],
      ["heat", 2],
    ]);
  });

  it("orders tools by title and a tool's modalities as its frontmatter lists them", () => {
    expect(catalog.tools.map((t) => t.title)).toEqual(["Heat Pad", "Ice Tub", "Warm Blanket"]);
    expect(catalog.modalitiesForTool("heat-pad").map((m) => m.slug)).toEqual(["heat-therapy", "cold-water-immersion"]);
    expect(catalog.toolsForModality("cold-water-immersion").map((t) => t.slug)).toEqual(["heat-pad", "ice-tub"]);
  });

  it("relates tools that share a modality, most shared first", () => {
    expect(catalog.relatedTools("ice-tub").map((t) => t.slug)).toEqual(["heat-pad"]);
    expect(catalog.relatedTools("heat-pad").map((t) => t.slug)).toEqual(["ice-tub", "warm-blanket"]);
  });

  it("resolves a tool's alternative and a guide's links", () => {
    expect(catalog.alternativeFor("ice-tub")).toEqual({ kind: "modality", entry: catalog.modality("cold-water-immersion") });
    expect(catalog.modalitiesForGuide("recovery-foundations").map((m) => m.slug)).toEqual(["cold-water-immersion"]);
    expect(catalog.toolsForGuide("recovery-foundations").map((t) => t.slug)).toEqual(["ice-tub"]);
  });

  it("answers unknown slugs with nothing rather than throwing", () => {
    expect(catalog.modality("nope")).toBeUndefined();
    expect(catalog.tool("nope")).toBeUndefined();
    expect(catalog.toolsForModality("nope")).toEqual([]);
    expect(catalog.modalitiesForTool("nope")).toEqual([]);
    expect(catalog.relatedTools("nope")).toEqual([]);
  });

  it("is immutable", () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(() => (catalog.tools as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (catalog.tools[0] as { title: string }).title = "changed";
    }).toThrow(TypeError);
    expect(() => (catalog.toolsForModality("cold-water-immersion") as unknown as unknown[]).pop()).toThrow(TypeError);
  });

  it("leaves drafts out of a production catalog", () => {
    const published = catalogOf(join(__dirname, "..", "fixtures", "valid"), false);
    expect(published.modality("sauna")).toBeUndefined();
    expectInvariants(published);
  });
});

describe("buildCatalog on the fixture site", () => {
  const published = siteCatalog();
  const withDrafts = siteCatalog({ drafts: true });
  const slugs = (entries: readonly { slug: string }[]) => entries.map((e) => e.slug);

  it("keeps its invariants, with drafts and without", () => {
    expectInvariants(published);
    expectInvariants(withDrafts);
  });

  it("groups methods by category in the vocabulary's order, then by title", () => {
    expect(slugs(published.modalities)).toEqual([
      "nutrition",
      "sleep",
      "cold-water-immersion",
      "cryotherapy-chamber",
      "pneumatic-compression",
      "foam-rolling",
      "percussion-massage",
    ]);
    expect(published.modalitiesByCategory().map((g) => g.label)).toEqual([
      "Foundations: sleep and food",
      "Cold",
      "Compression",
      "Massage and soft tissue",
    ]);
  });

  it("orders guides by their order field, then title", () => {
    expect(slugs(withDrafts.guides)).toEqual(["recovery-foundations", "race-week-recovery", "choosing-recovery-boots", "methodology"]);
  });

  it("lists a tool's methods as its frontmatter does, main one first, and a method's tools by title", () => {
    expect(slugs(published.modalitiesForTool("vibe-ball"))).toEqual(["percussion-massage", "foam-rolling"]);
    expect(slugs(published.toolsForModality("foam-rolling"))).toEqual(["foam-roller", "vibe-ball", "vibe-roller"]);
  });

  it("relates tools by the methods they share, most shared first, then by title", () => {
    expect(slugs(published.relatedTools("vibe-ball"))).toEqual(["vibe-roller", "foam-roller", "thump-gun"]);
    expect(slugs(published.relatedTools("foam-roller"))).toEqual(["vibe-ball", "vibe-roller"]);
    expect(slugs(published.relatedTools("ice-tub"))).toEqual(["ice-tub-classic"]);
  });

  it("resolves an alternative that names a tool or a method, and none when the note names neither", () => {
    expect(published.alternativeFor("air-relief-boots")).toEqual({ kind: "tool", entry: published.tool("travel-boots") });
    expect(published.alternativeFor("vibe-ball")).toEqual({ kind: "modality", entry: published.modality("foam-rolling") });
    expect(published.alternativeFor("travel-boots")).toBeUndefined();
  });

  it("links a guide's methods and tools in the order the guide lists them", () => {
    expect(slugs(published.modalitiesForGuide("recovery-foundations"))).toEqual(["sleep", "nutrition"]);
    expect(slugs(published.toolsForGuide("choosing-recovery-boots"))).toEqual(["air-relief-boots", "travel-boots"]);
  });

  it("leaves drafts, and every link to them, out of the published catalog", () => {
    expect(slugs(withDrafts.toolsForModality("cold-water-immersion"))).toEqual(["contrast-tub", "ice-tub", "ice-tub-classic"]);
    expect(slugs(published.toolsForModality("cold-water-immersion"))).toEqual(["ice-tub", "ice-tub-classic"]);
    expect(slugs(withDrafts.relatedTools("ice-tub"))).toEqual(["contrast-tub", "ice-tub-classic"]);
    expect([published.modality("contrast-water-therapy"), published.tool("contrast-tub"), published.guide("race-week-recovery")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("grades every outcome of every method from its evidence entries, one grade of each kind somewhere (tests/fixtures/site/README.md)", () => {
    const grades = Object.fromEntries(published.modalities.map((m) => [m.slug, OUTCOMES.map((o) => m.grades[o].grade)]));
    expect(grades).toEqual({
      nutrition: ["insufficient", "insufficient", "strong", "insufficient", "insufficient"],
      sleep: ["insufficient", "insufficient", "insufficient", "insufficient", "insufficient"],
      "cold-water-immersion": ["limited", "moderate", "conflicting", "harm", "no-effect"],
      "cryotherapy-chamber": ["limited", "insufficient", "insufficient", "insufficient", "insufficient"],
      "pneumatic-compression": ["moderate", "moderate", "no-effect", "insufficient", "insufficient"],
      "foam-rolling": ["moderate", "moderate", "no-effect", "insufficient", "insufficient"],
      "percussion-massage": ["limited", "insufficient", "insufficient", "insufficient", "insufficient"],
    });
    expect(new Set(Object.values(grades).flat())).toEqual(new Set(GRADES));
  });

  it("keeps with each grade the rule that decided it and the entries it weighed, resolved to the catalog's studies", () => {
    const grading = published.modality("cold-water-immersion")!.grades["strength-gains"];
    expect(grading.rule.grade).toBe(grading.grade);
    expect(grading.entries.map((e) => e.study)).toEqual([published.study("malta-2021"), published.study("roberts-2015")]);
    expect(grading.entries[0].result?.id).toBe("strength-gains-regular");
    expect(Object.isFrozen(grading)).toBe(true);
  });

  it("grades a draft method in development, where its draft study is published too", () => {
    const contrast = withDrafts.modality("contrast-water-therapy")!;
    expect(contrast.grades.performance.entries.map((e) => e.study.slug)).toEqual(["versey-2012"]);
    expect(contrast.grades.performance.grade).toBe("insufficient"); // one trial
  });
});
