import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog/catalog";
import { priceInUsd, rankModalities, readFinderQuery, runFinder, type FinderAnswers } from "@/lib/catalog/finder";

const catalog = getCatalog();
const answers = (a: Partial<FinderAnswers>): FinderAnswers => ({ situations: [], budget: "any", ...a });
const slugs = (rs: { modality: { slug: string } }[]) => rs.map((r) => r.modality.slug);

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
  it("always puts the foundations first, apart from the ranking", () => {
    const outcome = rankModalities(answers({ budget: "free", setting: "clinic" }), catalog);
    expect(slugs(outcome.foundations).sort()).toEqual(["nutrition", "sleep"]);
    expect(slugs(outcome.results)).not.toContain("sleep");
  });

  it("ranks by evidence when nothing is answered, harm counting against", () => {
    const { results } = rankModalities(answers({}), catalog);
    expect(results.length).toBe(catalog.modalities.filter((m) => m.category !== "foundations").length);
    for (let i = 1; i < results.length; i++) expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score);
    const massage = results.find((r) => r.modality.slug === "massage")!;
    const tape = results.find((r) => r.modality.slug === "chafing-care")!;
    expect(massage.score).toBeGreaterThan(tape.score);
  });

  it("lifts methods that suit the runner's situation", () => {
    const plain = rankModalities(answers({}), catalog).results;
    const travel = rankModalities(answers({ situations: ["travel"] }), catalog).results;
    const travelFirst = travel[0].modality;
    expect(travelFirst.situations).toContain("travel");
    expect(slugs(travel).indexOf(travelFirst.slug)).toBeLessThan(slugs(plain).indexOf(travelFirst.slug) + 1);
    expect(travel[0].reasons.join(" ")).toMatch(/suits travel or long sitting/);
  });

  it("leaves out methods that cannot be done in the chosen place", () => {
    const { results } = rankModalities(answers({ setting: "home" }), catalog);
    expect(results.every((r) => r.modality.setting.length === 0 || r.modality.setting.includes("home"))).toBe(true);
    expect(slugs(results)).not.toContain("cryotherapy-chamber");
  });

  it("keeps only tools within budget and says why in plain words", () => {
    const { results } = rankModalities(answers({ budget: "under-50" }), catalog);
    for (const r of results) for (const t of r.tools) expect(priceInUsd(t)!).toBeLessThanOrEqual(50);
    const boots = results.find((r) => r.modality.slug === "pneumatic-compression");
    expect(boots?.tools.map((t) => t.slug) ?? []).not.toContain("normatec-3");
    const free = rankModalities(answers({ budget: "free" }), catalog).results;
    expect(free.every((r) => r.tools.length === 0)).toBe(true);
    expect(free.every((r) => !r.modality.cost || r.modality.cost.from === 0)).toBe(true);
    expect(free[0].reasons[0]).toMatch(/for soreness$/);
  });

  it("matches a body area, counting whole-body methods", () => {
    const { results } = rankModalities(answers({ area: "feet-and-arches" }), catalog);
    for (const r of results) {
      const areas = r.modality.bodyAreas;
      expect(areas.length === 0 || areas.includes("feet-and-arches") || areas.includes("whole-body")).toBe(true);
    }
  });
});

describe("runFinder", () => {
  it("never throws on odd input", () => {
    const outcome = runFinder({ situation: ["%00", "x".repeat(10_000)], area: ["", ""], budget: "" }, catalog);
    expect(outcome.notices).toHaveLength(2);
    expect(outcome.results.length).toBeGreaterThan(0);
  });
});
