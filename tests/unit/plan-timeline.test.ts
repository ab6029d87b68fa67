import { describe, expect, it } from "vitest";
import { planData } from "@/lib/catalog/plan-data";
import { generalTimeline } from "@/lib/catalog/plan-timeline";
import type { SessionPlan } from "@/lib/catalog/planner";
import { siteCatalog } from "../fixtures/catalogs";

const windowsOf = (session: SessionPlan | undefined) => session?.windows.map((w) => [w.window, w.suggestions.map((s) => s.method.slug)]);

describe("generalTimeline", () => {
  const data = planData(siteCatalog());

  it("plans a Saturday morning long run at home with 30 minutes and no tools, from the fixture site's rules", () => {
    const session = generalTimeline(data);
    expect(session).toMatchObject({ kind: "long", label: "Long run", time: "morning", skips: [] });
    expect(windowsOf(session)).toEqual([
      ["within-30-min", ["nutrition"]],
      ["same-evening", ["sleep", "cold-water-immersion"]],
    ]);
    expect(session!.windows[0].suggestions[0]).toMatchObject({ rule: "refuel", outcome: "performance", grade: "strong", minutes: 10 });
    expect(session!.windows[1].suggestions.map((s) => s.rule)).toEqual(["sleep", "ease-soreness"]);
  });

  it("comes from the same rules as every plan: without the soreness rule, only food and sleep remain", () => {
    const rules = data.rules.filter((r) => r.id !== "ease-soreness");
    expect(windowsOf(generalTimeline({ ...data, rules }))).toEqual([
      ["within-30-min", ["nutrition"]],
      ["same-evening", ["sleep"]],
    ]);
  });

  it("is undefined for a site with no rules", () => {
    expect(generalTimeline({ ...data, rules: [] })).toBeUndefined();
  });
});
