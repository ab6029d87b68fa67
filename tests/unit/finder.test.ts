import { describe, expect, it } from "vitest";
import { budgetLabel } from "@/lib/catalog/budgets";
import { rankModalities, readFinderQuery, runFinder, type FinderAnswers } from "@/lib/catalog/finder";
import { siteCatalog } from "../fixtures/catalogs";

const catalog = siteCatalog();
const answers = (a: Partial<FinderAnswers>): FinderAnswers => ({ situations: [], budget: "any", market: "US", ...a });
const slugs = (rs: { modality: { slug: string } }[]) => rs.map((r) => r.modality.slug);
const toolSlugs = (tools: { slug: string }[]) => tools.map((t) => t.slug);

describe("readFinderQuery", () => {
  it("reads every answer, all optional, the market defaulting to the US", () => {
    expect(readFinderQuery({})).toEqual({ answers: { situations: [], area: undefined, budget: "any", setting: undefined, market: "US" }, notices: [] });
    expect(readFinderQuery({ situation: ["travel", "back-to-back", "travel"], area: "calves", budget: "under-50", setting: "home", market: "uk" }).answers).toEqual({
      situations: ["travel", "back-to-back"],
      area: "calves",
      budget: "under-50",
      setting: "home",
      market: "UK",
    });
  });

  it("reads the market from the query as the form writes it (lower case) or in capitals, the first when repeated", () => {
    expect(readFinderQuery({ market: "eu" }).answers.market).toBe("EU");
    expect(readFinderQuery({ market: "AU" }).answers.market).toBe("AU");
    expect(readFinderQuery({ market: ["ca", "uk"] }).answers.market).toBe("CA");
    expect(readFinderQuery({ market: "" })).toMatchObject({ answers: { market: "US" }, notices: [] });
  });

  it("reports and ignores unknown answers, an unknown market included", () => {
    const { answers: a, notices } = readFinderQuery({ situation: "moon-landing", area: "elbows", budget: "millions", setting: ["spa", "home"], market: "mars" });
    expect(a).toEqual({ situations: [], area: undefined, budget: "any", setting: undefined, market: "US" });
    expect(notices.map((n) => n.value)).toEqual(["moon-landing", "elbows", "spa", "millions", "mars"]);
    expect(notices.at(-1)).toEqual({ value: "mars", reason: "is not a market we know (choose from: us, uk, eu, au, ca)" });
  });
});

describe("budgetLabel", () => {
  it("names a budget band in the reader's market's own currency, never a converted figure", () => {
    expect(budgetLabel("under-300", "US")).toBe("Under $300");
    expect(budgetLabel("under-300", "UK")).toBe("Under £300");
    expect(budgetLabel("under-50", "EU")).toBe("Under €50");
    expect(budgetLabel("under-50", "AU")).toBe("Under A$50");
    expect(budgetLabel("under-50", "CA")).toBe("Under CA$50");
    expect(budgetLabel("free", "UK")).toBe("Free");
    expect(budgetLabel("any", "EU")).toBe("Any budget");
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

  it("lists as a basic only a foundation that shows a benefit, or that nothing has measured; others are ranked like any method", () => {
    const nutrition = catalog.modalities.find((m) => m.slug === "nutrition")!;
    const graded = (grades: Partial<Record<keyof typeof nutrition.grades, "conflicting" | "no-effect" | "insufficient">>) => {
      const all = Object.fromEntries(Object.entries(nutrition.grades).map(([o, g]) => [o, { ...g, grade: grades[o as keyof typeof grades] ?? "insufficient" }]));
      const withGrades = { ...catalog, modalities: catalog.modalities.map((m) => (m === nutrition ? { ...m, grades: all as typeof nutrition.grades } : m)) };
      return rankModalities(answers({}), withGrades);
    };
    // conflicting evidence, as recovery supplements have
    expect(slugs(graded({ soreness: "conflicting", performance: "conflicting" }).foundations)).toEqual(["sleep"]);
    expect(slugs(graded({ soreness: "conflicting", performance: "conflicting" }).results)).toContain("nutrition");
    // studied with no benefit on one outcome and unmeasured on the rest, whichever outcome it is
    for (const outcome of ["soreness", "fatigue", "performance"] as const) {
      expect(slugs(graded({ [outcome]: "no-effect" }).foundations), outcome).toEqual(["sleep"]);
    }
    // too little evidence is not evidence against: the fixture's sleep (not enough evidence) stays a basic
    expect(slugs(graded({}).foundations).sort()).toEqual(["nutrition", "sleep"]);
  });

  it("lists the foundations strongest evidence first, whatever order the catalog keeps", () => {
    const reversed = { ...catalog, modalities: [...catalog.modalities].reverse() };
    expect(slugs(rankModalities(answers({}), reversed).foundations)).toEqual(["nutrition", "sleep"]);
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
    // Each result leads with the outcome on which the method's evidence is strongest: for cold water, fatigue.
    expect(results.find((r) => r.modality.slug === "cold-water-immersion")!.lead).toEqual({ outcome: "fatigue", label: "Fatigue", grade: "moderate" });
    expect(reasonsFor({}, "cold-water-immersion")).toEqual([
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
    expect(results[0].lead).toMatchObject({ label: "Fatigue", grade: "moderate" });
  });

  it("leads with soreness when nothing beats it there, and names the next session by its short label", () => {
    const lead = (a: Partial<FinderAnswers>, slug: string, c = catalog) => rankModalities(answers(a), c).results.find((r) => r.modality.slug === slug)!.lead;
    expect(lead({}, "cryotherapy-chamber")).toEqual({ outcome: "soreness", label: "Soreness", grade: "limited" }); // limited, insufficient, insufficient
    expect(lead({}, "pneumatic-compression")).toEqual({ outcome: "soreness", label: "Soreness", grade: "moderate" }); // a tie with fatigue reads soreness first
    const performing = { ...catalog, modalities: catalog.modalities.map((m) => (m.slug === "percussion-massage" ? { ...m, grades: { ...m.grades, performance: { ...m.grades.performance, grade: "strong" as const } } } : m)) };
    expect(lead({}, "percussion-massage", performing)).toEqual({ outcome: "performance", label: "Next session", grade: "strong" });
  });

  it("marks a method's cost with its market when the reader's market uses another currency, never converting it", () => {
    expect(reasonsFor({ market: "US" }, "cryotherapy-chamber")).toContain("from $40");
    expect(reasonsFor({ market: "UK" }, "cryotherapy-chamber")).toContain("from $40 (a US price)");
    expect(reasonsFor({ market: "AU" }, "percussion-massage")).toContain("from $100 (a US price)");
    // nothing to mark on a free method
    expect(reasonsFor({ market: "UK" }, "foam-rolling")).toContain("can be free");
  });

  it("never counts a method whose cost is unknown as free, and keeps it in a budget only through a tool priced within it", () => {
    const unknownCost = { ...catalog, modalities: catalog.modalities.map((m) => (m.slug === "percussion-massage" ? { ...m, cost: undefined } : m)) };
    const kept = (budget: FinderAnswers["budget"]) => slugs(rankModalities(answers({ budget }), unknownCost).results).includes("percussion-massage");
    expect(kept("free")).toBe(false);
    expect(kept("under-50")).toBe(false); // none of its tools costs under $50 in the US: the roller is $149, the gun $299
    expect(kept("under-300")).toBe(true); // the $299 gun
    expect(kept("any")).toBe(true);
    expect(rankModalities(answers({ budget: "under-300" }), unknownCost).results.find((r) => r.modality.slug === "percussion-massage")!.reasons).toContain("1 tool in your budget");
  });

  it("leaves out methods that cannot be done in the chosen place", () => {
    expect(slugs(ranked({ setting: "home" }))).toEqual(["pneumatic-compression", "foam-rolling", "cold-water-immersion", "percussion-massage"]);
  });

  it("keeps methods and tools within budget, tools cheapest first, reading each tool's price in the reader's market", () => {
    const results = ranked({ budget: "under-50" });
    expect(results.map((r) => [r.modality.slug, toolSlugs(r.tools)])).toEqual([
      ["foam-rolling", ["foam-roller"]], // $20; the $149 roller is out, and the ball has no US price
      ["cold-water-immersion", []], // the tub publishes no price, and the old one costs $89
      ["cryotherapy-chamber", []],
    ]);
    expect(reasonsFor({ budget: "under-50" }, "foam-rolling")).toContain("1 tool in your budget");
    // a market where the ball has a price: €39 is under €50
    const eu = ranked({ budget: "under-50", market: "EU" });
    expect(eu.find((r) => r.modality.slug === "foam-rolling")!.tools.map((t) => t.slug)).toEqual(["vibe-ball"]);
  });

  it("reads the budget in the market's own currency: the same ball is in at €39 and out at A$69", () => {
    const tools = (market: FinderAnswers["market"]) => toolSlugs(ranked({ budget: "under-50", market }).find((r) => r.modality.slug === "foam-rolling")!.tools);
    expect(tools("EU")).toEqual(["vibe-ball"]);
    expect(tools("AU")).toEqual([]);
  });

  it("leaves a tool priced only in other markets out of a budget, and lists it after the priced ones when the budget is any", () => {
    // the Vibe Ball is priced in the eurozone and Australia only
    const underFifty = ranked({ budget: "under-50", market: "US" }).find((r) => r.modality.slug === "foam-rolling")!;
    expect(toolSlugs(underFifty.tools)).not.toContain("vibe-ball");
    const any = ranked({ budget: "any", market: "US" }).find((r) => r.modality.slug === "percussion-massage")!;
    // the $149 Vibe Roller is skipped by its buying guide; the gun and ball remain, the priced one first
    expect(toolSlugs(any.tools)).toEqual(["thump-gun", "vibe-ball"]);
  });

  it("lists the buying guides' picks first, in the order most runners, budget, upgrade, whatever their price", () => {
    // in the UK the Travel Boots (£349, the budget pick) are cheaper than the Air Relief Boots (£699, the pick for most runners)
    const boots = (market: FinderAnswers["market"]) => ranked({ market }).find((r) => r.modality.slug === "pneumatic-compression")!;
    expect(toolSlugs(boots("UK").tools)).toEqual(["air-relief-boots", "travel-boots"]);
    expect(toolSlugs(boots("US").tools)).toEqual(["air-relief-boots", "travel-boots"]);
    expect(boots("UK").picks["travel-boots"]).toMatchObject({ role: "Budget pick", guide: { href: "/tools/category/compression-boots" } });
    expect(boots("UK").picks["air-relief-boots"].role).toBe("The pick for most runners");
  });

  it("leaves out a tool its buying guide says to skip, and marks no tool a pick that no guide picks", () => {
    const rolling = ranked({ market: "US" }).find((r) => r.modality.slug === "foam-rolling")!;
    expect(toolSlugs(rolling.tools)).toEqual(["foam-roller", "vibe-ball"]);
    expect(Object.keys(rolling.picks)).toEqual(["foam-roller"]);
  });

  it("keeps only methods that can be free, with no tools, on a budget of nothing", () => {
    const free = ranked({ budget: "free" });
    expect(free.map((r) => [r.modality.slug, r.tools.length])).toEqual([
      ["foam-rolling", 0],
      ["cold-water-immersion", 0],
    ]);
    expect(free[0].lead).toMatchObject({ label: "Soreness", grade: "moderate" });
  });

  it("matches a body area, counting whole-body methods and lifting methods that name the area", () => {
    const results = ranked({ area: "feet-and-arches" });
    expect(results.map((r) => [r.modality.slug, r.score])).toEqual([
      ["foam-rolling", 8], // 6, and 2 for naming the area
      ["cold-water-immersion", 5], // whole-body methods stay in, without the lift
      ["cryotherapy-chamber", 2],
    ]);
    expect(results[0].reasons).toContain("works on the feet and arches");
    // An acronym keeps its capitals mid-sentence.
    expect(ranked({ area: "it-band" })[0].reasons).toContain("works on the IT band");
  });
});

describe("runFinder", () => {
  it("never throws on odd input, and ranks as if it were not there", () => {
    const outcome = runFinder({ situation: ["%00", "x".repeat(10_000)], area: ["", ""], budget: "", market: ["", "uk"] }, catalog);
    expect(outcome.notices).toHaveLength(2);
    expect(outcome.answers.market).toBe("US");
    expect(slugs(outcome.results)).toEqual(["pneumatic-compression", "foam-rolling", "cold-water-immersion", "cryotherapy-chamber", "percussion-massage"]);
  });
});
