import { describe, expect, it } from "vitest";
import type { Catalog } from "@/lib/catalog/catalog";
import { categoryPicks, toolVerdicts } from "@/lib/catalog/picks";
import { siteCatalog } from "../fixtures/catalogs";

const site = siteCatalog();

describe("categoryPicks", () => {
  const page = site.entry("categories", "compression-boots")!;
  const picks = categoryPicks(site, page);

  it("names each pick's role, tool and reason, in the Wirecutter order", () => {
    expect(picks.label).toBe("Compression boots");
    expect(picks.picks.map((p) => [p.role, p.tool.slug])).toEqual([
      ["The pick for most runners", "air-relief-boots"],
      ["Budget pick", "travel-boots"],
    ]);
    expect(picks.picks[1].why).toBe("The same method for less, priced in the UK only.");
  });

  it("resolves what to skip and what was considered to published entries, and compares the picks", () => {
    expect(picks.skip.map((s) => s.entry.href)).toEqual(["/modalities/cold-water-immersion"]);
    expect(picks.considered.map((t) => t.slug)).toEqual(["air-relief-boots", "travel-boots"]);
    expect(picks.compare).toBe("/compare/tools/air-relief-boots/travel-boots");
  });

  it("shows the first pick as the one to buy if you buy one, in the guide and to the finder and planner, when most runners need none", () => {
    const rollers = site.entry("categories", "rollers-and-balls")!;
    const needNone = { ...rollers, picks: { ...rollers.picks, mostRunnersNeedNone: true } };
    expect(categoryPicks(site, rollers).picks[0].role).toBe("The pick for most runners");
    expect(categoryPicks(site, needNone).picks.map((p) => [p.role, p.tool.slug])).toEqual([["If you buy one", "foam-roller"]]);
    const catalog = { ...site, entries: () => [needNone], tool: (slug: string) => site.tool(slug) } as unknown as Catalog;
    expect(toolVerdicts(catalog).picks.get("foam-roller")).toMatchObject({ role: "If you buy one", rank: 0 });
  });

  it("links the guide from its category's tools", () => {
    expect(site.entry("categories", site.tool("travel-boots")!.category)?.href).toBe("/tools/category/compression-boots");
  });
});
