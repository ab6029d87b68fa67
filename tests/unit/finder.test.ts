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

  it("ranks by the evidence on soreness, fatigue and performance when nothing is answered, harm to training gains counting against", () => {
    const results = ranked({});
    expect(results.map((r) => [r.modality.slug, r.score])).toEqual([
      ["pneumatic-compression", 6], // moderate 3 + moderate 3 + no effect 0; ties keep the catalog's order: compression before soft tissue
      ["foam-rolling", 6], // moderate 3 + moderate 3 + no effect 0
      ["cold-water-immersion", 5], // limited 2 + moderate 3 + conflicting 1, less 1 for blunting strength gains
      ["cryotherapy-chamber", 2], // limited 2 + insufficient 0 + insufficient 0
      ["percussion-massage", 2],
    ]);
    expect(reasonsFor({}, "cold-water-immersion")).toEqual([
      "Limited evidence of benefit for soreness",
      "may blunt strength gains if used after every strength session",
      "10–15 minutes a session",
      "can be free",
    ]);
    expect(reasonsFor({}, "foam-rolling").join("; ")).not.toMatch(/blunt/);
  });

  it("lifts methods that suit the runner's situation and says so", () => {
    expect(slugs(ranked({ situations: ["travel"] }))).toEqual([
      "pneumatic-compression", // both suit travel: 6 + 3 each
      "foam-rolling",
      "cold-water-immersion",
      "cryotherapy-chamber",
      "percussion-massage",
    ]);
    expect(reasonsFor({ situations: ["travel"] }, "foam-rolling")).toContain("suits travel or long sitting");
  });

  it("lets a situation outweigh a better soreness grade, as the browser test of the finder form expects", () => {
    const results = ranked({ situations: ["back-to-back"], area: "calves", budget: "under-300", setting: "home" });
    expect(results.map((r) => [r.modality.slug, r.score])).toEqual([
      ["cold-water-immersion", 10], // 5, 3 for back-to-back days, 2 for the calves
      ["pneumatic-compression", 8], // 6 and 2 for the calves; its $300 boots are just within budget
      ["foam-rolling", 8],
      ["percussion-massage", 4],
    ]);
    expect(results[0].reasons[0]).toBe("Limited evidence of benefit for soreness");
  });

  it("leaves out methods that cannot be done in the chosen place", () => {
    expect(slugs(ranked({ setting: "home" }))).toEqual(["pneumatic-compression", "foam-rolling", "cold-water-immersion", "percussion-massage"]);
  });

  it("keeps methods and tools within budget, tools cheapest first, converting other currencies", () => {
    const results = ranked({ budget: "under-50" });
    expect(results.map((r) => [r.modality.slug, toolSlugs(r.tools)])).toEqual([
      ["foam-rolling", ["foam-roller", "vibe-ball"]], // $20, then €39 (about $42); the $149 roller is out
      ["cold-water-immersion", []], // its tub publishes no price, so it cannot be placed in a budget
      ["cryotherapy-chamber", []],
    ]);
    expect(reasonsFor({ budget: "under-50" }, "foam-rolling")).toContain("2 tools in your budget");
  });

  it("keeps only methods that can be free, with no tools, on a budget of nothing", () => {
    const free = ranked({ budget: "free" });
    expect(free.map((r) => [r.modality.slug, r.tools.length])).toEqual([
      ["foam-rolling", 0],
      ["cold-water-immersion", 0],
    ]);
    expect(free[0].reasons[0]).toBe("Moderate evidence of benefit for soreness");
  });

  it("matches a body area, counting whole-body methods and lifting methods that name the area", () => {
    const results = ranked({ area: "feet-and-arches" });
    expect(results.map((r) => [r.modality.slug, r.score])).toEqual([
      ["foam-rolling", 8], // 6, and 2 for naming the area
      ["cold-water-immersion", 5], // whole-body methods stay in, without the lift
      ["cryotherapy-chamber", 2],
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
    expect(slugs(outcome.results)).toEqual(["pneumatic-compression", "foam-rolling", "cold-water-immersion", "cryotherapy-chamber", "percussion-massage"]);
  });
});
