import { describe, expect, it } from "vitest";
import { evidenceGlance, featuredTools, recentChanges } from "@/lib/catalog/home";
import { siteCatalog } from "../fixtures/catalogs";

// The fixture site's grades and changes are listed in tests/fixtures/site/README.md.
const site = siteCatalog();

describe("recentChanges", () => {
  it("gathers changes from every collection, newest first, ties by title, up to the limit", () => {
    const changes = recentChanges(site, 10);
    expect(changes.map((c) => c.date)).toEqual([...changes.map((c) => c.date)].sort().reverse());
    const hrefs = new Set(changes.map((c) => c.href));
    // Methods and buying guides (a collection of its own) both have changes in the fixtures.
    expect(hrefs).toContain("/modalities/cold-water-immersion");
    expect(hrefs).toContain("/tools/category/compression-boots");
    const sameDay = changes.filter((c) => c.date === changes[0].date).map((c) => c.title);
    expect(sameDay).toEqual([...sameDay].sort((a, b) => a.localeCompare(b, "en")));
    expect(recentChanges(site, 2)).toEqual(changes.slice(0, 2));
  });
});

describe("evidenceGlance", () => {
  const { map, leaders } = evidenceGlance(site);

  it("leads each outcome with the methods that hold its best grade of benefit", () => {
    const of = (outcome: string) => leaders.find((l) => l.outcome === outcome)!;
    expect(of("performance")).toMatchObject({ grade: "strong", methods: [{ title: "Nutrition", href: "/modalities/nutrition" }] });
    expect(of("soreness").grade).toBe("moderate");
    expect(of("soreness").methods.map((m) => m.href).sort()).toEqual(["/modalities/foam-rolling", "/modalities/pneumatic-compression"]);
  });

  it("names no leader where no method shows a benefit: harm and no effect never lead", () => {
    const of = (outcome: string) => leaders.find((l) => l.outcome === outcome)!;
    expect(of("strength-gains")).toMatchObject({ grade: undefined, methods: [] });
    expect(of("endurance-gains")).toMatchObject({ grade: undefined, methods: [] });
  });

  it("draws from the evidence map itself, one row per published method", () => {
    expect(map.rows).toHaveLength(site.modalities.length);
    expect(leaders.map((l) => l.outcome)).toEqual(map.columns.map((c) => c.outcome));
  });
});

describe("featuredTools", () => {
  it("shows tools priced in the market first, each group in the buying guides' order, and never a tool a guide says to skip", () => {
    // priced in the US: the two picks for most runners, then the rest by name; then travel-boots
    // (a budget pick, priced in the UK only) and the unpriced ice tub
    expect(featuredTools(site, 6).map((t) => t.slug)).toEqual(["air-relief-boots", "foam-roller", "ice-tub-classic", "thump-gun", "travel-boots", "ice-tub"]);
    // in the UK, the budget pick priced there comes up among the priced
    expect(featuredTools(site, 3, "UK").map((t) => t.slug)).toContain("travel-boots");
    expect(featuredTools(site, 99).map((t) => t.slug)).not.toContain("vibe-roller");
  });
});
