import { describe, expect, it } from "vitest";
import { priceInUsd, rankModalities, readFinderQuery, runFinder, type FinderAnswers } from "@/lib/catalog/finder";
import { siteCatalog } from "../fixtures/catalogs";

const catalog = siteCatalog();
const answers = (a: Partial<FinderAnswers>): FinderAnswers => ({ situations: [], budget: "any", ...a });
const slugs = (rs: { modality: { slug: string } }[]) => rs.map((r) => r.modality.slug);
const toolSlugs = (tools: { slug: string }[]) => tools.map((t) => t.slug);

describe("readFinderQuery", () => {
  it("reads every answer, all optional", () => {
    expect(readFinderQuery({})).toEqual({ answers: { situations: [], area: undefined, budget: "any", setting: undefined }, notices: [] });
    expect(readFinderQuery({ situation: ["travel", "back-to-back", "travel"], area: "calves", budget: "under-50", setting: "home" }).answers).toEqual({
      situations: ["travel", "back-to-back"],
      area: "calves",
      budget: "under-50",
      setting: "home",
    });
  });

  it("reports and ignores unknown answers", () => {
    const { answers: a, notices } = readFinderQuery({ situation: "moon-landing", area: "elbows", budget: "millions", setting: ["spa", "home"] });
    expect(a).toEqual({ situations: [], area: undefined, budget: "any", setting: undefined });
    expect(notices.map((n) => n.value)).toEqual(["moon-landing", "elbows", "spa", "millions"]);
  });
});
describe("rankModalities", () => {
  const ranked = (a: Partial<FinderAnswers>) => rankModalities(answers(a), catalog).results;
  const reasonsFor = (a: Partial<FinderAnswers>, slug: string) => ranked(a).find((r) => r.modality.slug === slug)!.reasons;

  it("always puts the foundations first, apart from the ranking", () => {
    const outcome = rankModalities(answers({ budget: "free", setting: "clinic" }), catalog);
    expect(slugs(outcome.foundations)).toEqual(["nutrition", "sleep"]);
    expect(slugs(outcome.results)).not.toContain("sleep");
  });

  it("ranks by the evidence on soreness, fatigue and performance when nothing is answered, harm to adaptation counting against", () => {
    const results = ranked({});
    expect(results.map((r) => [r.modality.slug, r.score])).toEqual([
      ["cold-water-immersion", 6], // 3 + 2 + 2, less 1 for blunting adaptation
      ["foam-rolling", 5],
      ["cryotherapy-chamber", 4], // ties keep the catalog's order: cold before compression
      ["pneumatic-compression", 4],
      ["percussion-massage", 2],
    ]);
    expect(reasonsFor({}, "cold-water-immersion")).toEqual([
      "Moderate evidence of benefit for soreness",
      "may blunt training gains if used after every session",
      "10–15 minutes a session",
      "can be free",
    ]);
  });

  it("lifts methods that suit the runner's situation and says so", () => {
    expect(slugs(ranked({ situations: ["travel"] }))).toEqual([
      "foam-rolling",
      "pneumatic-compression",
      "cold-water-immersion",
      "cryotherapy-chamber",
      "percussion-massage",
    ]);
    expect(reasonsFor({ situations: ["travel"] }, "foam-rolling")).toContain("suits travel or long sitting");
  });

  it("leaves out methods that cannot be done in the chosen place", () => {
    expect(slugs(ranked({ setting: "home" }))).toEqual(["cold-water-immersion", "foam-rolling", "pneumatic-compression", "percussion-massage"]);
  });

  it("keeps methods and tools within budget, tools cheapest first, converting other currencies", () => {
    const results = ranked({ budget: "under-50" });
    expect(results.map((r) => [r.modality.slug, toolSlugs(r.tools)])).toEqual([
      ["cold-water-immersion", []], // its tub publishes no price, so it cannot be placed in a budget
      ["foam-rolling", ["foam-roller", "vibe-ball"]], // $20, then €39 (about $42); the $149 roller is out
      ["cryotherapy-chamber", []],
    ]);
    expect(reasonsFor({ budget: "under-50" }, "foam-rolling")).toContain("2 tools in your budget");
  });

  it("keeps only methods that can be free, with no tools, on a budget of nothing", () => {
    const free = ranked({ budget: "free" });
    expect(free.map((r) => [r.modality.slug, r.tools.length])).toEqual([
      ["cold-water-immersion", 0],
      ["foam-rolling", 0],
    ]);
    expect(free[0].reasons[0]).toBe("Moderate evidence of benefit for soreness");
  });

  it("matches a body area, counting whole-body methods and lifting methods that name the area", () => {
    const results = ranked({ area: "feet-and-arches" });
    expect(results.map((r) => [r.modality.slug, r.score])).toEqual([
      ["foam-rolling", 7],
      ["cold-water-immersion", 6],
      ["cryotherapy-chamber", 4],
    ]);
    expect(results[0].reasons).toContain("works on the feet and arches");
  });
});

describe("priceInUsd", () => {
  it("places a price in dollars at a rough rate, and nothing without a price", () => {
    expect(priceInUsd(catalog.tool("foam-roller")!)).toBe(20);
    expect(priceInUsd(catalog.tool("vibe-ball")!)).toBeCloseTo(42.12);
    expect(priceInUsd(catalog.tool("ice-tub")!)).toBeUndefined();
  });
});

describe("runFinder", () => {
  it("never throws on odd input, and ranks as if it were not there", () => {
    const outcome = runFinder({ situation: ["%00", "x".repeat(10_000)], area: ["", ""], budget: "" }, catalog);
    expect(outcome.notices).toHaveLength(2);
    expect(slugs(outcome.results)).toEqual(["cold-water-immersion", "foam-rolling", "cryotherapy-chamber", "pneumatic-compression", "percussion-massage"]);
  });
});
