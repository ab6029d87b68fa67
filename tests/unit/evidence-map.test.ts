import { describe, expect, it } from "vitest";
import { evidenceMap, isMapSort, mapSortHref } from "@/lib/catalog/evidence-map";
import { OUTCOMES } from "@/lib/content/vocabulary";
import { siteCatalog } from "../fixtures/catalogs";

// The fixture site's grades are listed in tests/fixtures/site/README.md.
const catalog = siteCatalog();
const titles = (map: ReturnType<typeof evidenceMap>) => map.rows.map((r) => r.title);

describe("evidenceMap", () => {
  it("by default lists every published method in the catalog's order, by kind", () => {
    const map = evidenceMap(catalog, "category");
    expect(map.rows.map((r) => r.slug)).toEqual(catalog.modalities.map((m) => m.slug));
    expect(map.plot).toEqual([]);
  });

  it("has a column per outcome, each linking to the map sorted by it", () => {
    const map = evidenceMap(catalog, "category");
    expect(map.columns.map((c) => [c.outcome, c.shortLabel, c.href])).toEqual([
      ["soreness", "Soreness", "/evidence/by/soreness"],
      ["fatigue", "Fatigue", "/evidence/by/fatigue"],
      ["performance", "Next session", "/evidence/by/performance"],
      ["strength-gains", "Strength gains", "/evidence/by/strength-gains"],
      ["endurance-gains", "Endurance gains", "/evidence/by/endurance-gains"],
    ]);
  });

  it("gives every cell its method's computed grade, linked to the why-this-grade disclosure on the method's page", () => {
    const row = evidenceMap(catalog, "category").rows.find((r) => r.slug === "cold-water-immersion")!;
    expect(row.href).toBe("/modalities/cold-water-immersion");
    expect(row.cells).toEqual([
      { outcome: "soreness", grade: "limited", href: "/modalities/cold-water-immersion#why-soreness" },
      { outcome: "fatigue", grade: "moderate", href: "/modalities/cold-water-immersion#why-fatigue" },
      { outcome: "performance", grade: "conflicting", href: "/modalities/cold-water-immersion#why-performance" },
      { outcome: "strength-gains", grade: "harm", href: "/modalities/cold-water-immersion#why-strength-gains" },
      { outcome: "endurance-gains", grade: "no-effect", href: "/modalities/cold-water-immersion#why-endurance-gains" },
    ]);
  });

  it("sorted by an outcome, puts the strongest evidence of benefit first, ties by title, and harm last", () => {
    expect(titles(evidenceMap(catalog, "soreness"))).toEqual([
      "Foam rolling", // moderate
      "Pneumatic compression",
      "Cold water immersion", // limited
      "Cryotherapy chamber",
      "Percussion massage",
      "Nutrition", // insufficient
      "Sleep",
    ]);
    expect(titles(evidenceMap(catalog, "performance"))).toEqual([
      "Nutrition", // strong
      "Cold water immersion", // conflicting
      "Foam rolling", // no effect
      "Pneumatic compression",
      "Cryotherapy chamber", // insufficient
      "Percussion massage",
      "Sleep",
    ]);
    expect(titles(evidenceMap(catalog, "strength-gains")).at(-1)).toBe("Cold water immersion"); // harm
  });

  it("sorted by an outcome, charts every method's standardised results for it, turned so benefit is positive, one group per method headed by its grade", () => {
    expect(evidenceMap(catalog, "soreness").plot).toEqual([
      { title: "Pneumatic compression", note: "Moderate evidence of benefit", points: [{ label: "Dupuy 2018", effect: 0.4, low: 0.1, high: 0.7, counted: true, turned: true }] },
      { title: "Cold water immersion", note: "Limited evidence of benefit", points: [{ label: "Dupuy 2018", effect: 0.5, low: 0.2, high: 0.8, counted: true, turned: true }] },
      { title: "Cryotherapy chamber", note: "Limited evidence of benefit", points: [{ label: "Costello 2015", effect: 0.77, low: 0.12, high: 1.42, counted: true, turned: true }] },
      { title: "Percussion massage", note: "Limited evidence of benefit", points: [{ label: "Okafor 2022", effect: 0.5, low: 0.1, high: 0.9, counted: true, turned: true }] },
    ]);
    // a harm stays negative: favours higher, and the interval lies below zero
    expect(evidenceMap(catalog, "strength-gains").plot).toEqual([
      { title: "Cold water immersion", note: "Evidence of harm or blunted gains", points: [{ label: "Malta 2021", effect: -0.6, low: -0.87, high: -0.33, counted: true }] },
    ]);
  });
});

describe("map orders", () => {
  it("are the default order and one per outcome, each with its own URL", () => {
    expect(mapSortHref("category")).toBe("/evidence");
    expect(OUTCOMES.map(mapSortHref)).toEqual(OUTCOMES.map((o) => `/evidence/by/${o}`));
  });

  it("accept only those names", () => {
    expect(["category", ...OUTCOMES].every(isMapSort)).toBe(true);
    expect(["adaptation", "grade", "", "__proto__", "SORENESS"].some(isMapSort)).toBe(false);
  });
});
