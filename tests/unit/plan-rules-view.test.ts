import { describe, expect, it } from "vitest";
import { planRulesView } from "@/lib/catalog/plan-rules-view";
import { siteCatalog } from "../fixtures/catalogs";

// The fixture site's rules are tests/fixtures/site/planner.md; its grades are listed in
// tests/fixtures/site/README.md.
const rules = planRulesView(siteCatalog());
const rule = (id: string) => rules.find((r) => r.id === id)!;

describe("the planner's rules in words (/plan/rules)", () => {
  it("keeps the rules in the order the planner file lists them", () => {
    expect(rules.map((r) => r.id)).toEqual([
      "refuel",
      "sleep",
      "ease-soreness",
      "roll-when-rushed",
      "legs-for-tomorrow",
      "no-cold-after-strength",
      "nothing-new-race-week",
      "boots-after-race",
    ]);
  });

  it("names the sessions a rule follows as a sentence would, each with its article", () => {
    expect(rule("refuel").when).toBe("After a long run, an interval or tempo session, a race or a strength session");
    expect(rule("roll-when-rushed").when).toBe("After an easy run");
    expect(rule("legs-for-tomorrow").when).toBe(
      "After a long run or an interval or tempo session, when the next day holds a long run, an interval or tempo session or a race",
    );
  });

  it("says when a rule is tied to a race, and that a rule with no session applies every day", () => {
    expect(rule("nothing-new-race-week").when).toBe("Every day, up to 7 days before a race");
    expect(rule("boots-after-race").when).toBe("After an easy run, up to 3 days after a race");
  });

  it("states a rule that names a method with that method's grade today, and its floor", () => {
    expect(rule("boots-after-race")).toMatchObject({
      action: "Pneumatic compression, the same evening.",
      grade: { grade: "moderate", outcome: "muscle soreness (DOMS)", why: "/modalities/pneumatic-compression#why-soreness" },
      condition: "Suggested while the grade is moderate evidence of benefit or better.",
    });
    expect(rule("refuel").grade).toEqual({ grade: "strong", outcome: "next-session performance", why: "/modalities/nutrition#why-performance" });
    expect(rule("refuel").condition).toBeUndefined();
  });

  it("states a rule that chooses by situation without a grade of its own, since the method is chosen per plan", () => {
    const soreness = rule("ease-soreness");
    expect(soreness.grade).toBeUndefined();
    expect(soreness.action).toBe(
      "The best-graded method for “right after a hard or long session” that fits your place, budget, tools and minutes, the same evening.",
    );
    expect(soreness.condition).toBe("Chosen by its grade for muscle soreness (DOMS). Suggested while the grade is limited evidence of benefit or better.");
  });

  it("states a skip with the grade that triggers it, and race week as nothing new", () => {
    expect(rule("no-cold-after-strength")).toMatchObject({
      action: "Skip cold water immersion.",
      grade: { grade: "harm", outcome: "long-term strength and muscle gains" },
      condition: "Applies while the grade is evidence of harm or blunted gains.",
    });
    expect(rule("nothing-new-race-week")).toMatchObject({ action: "Nothing new: only food, sleep and the methods of tools you own.", grade: undefined });
  });

  it("links every rule to its studies' pages", () => {
    expect(rule("no-cold-after-strength").studies.map((s) => s.href)).toEqual(["/studies/roberts-2015", "/studies/malta-2021"]);
  });
});
