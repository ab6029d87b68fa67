import { describe, expect, it } from "vitest";
import { filterTools, PAGE_SIZE, readToolFilter, toolFilterHref } from "@/lib/catalog/tool-filter";
import { priceIn } from "@/lib/catalog/markets";
import { evidencePoints } from "@/lib/catalog/grade-points";
import { siteCatalog } from "../fixtures/catalogs";

const site = siteCatalog();
const run = (query: Record<string, string>) => filterTools(site, readToolFilter(query).filter);

describe("readToolFilter", () => {
  it("takes defaults for an empty query: the US market, strongest evidence first, page 1", () => {
    expect(readToolFilter({})).toEqual({ filter: { market: "US", sort: "evidence", page: 1 }, notices: [] });
  });

  it("reports every value it does not know, and ignores it", () => {
    const { filter, notices } = readToolFilter({ market: "mars", category: "spaceships", band: "cheap", sort: "colour", page: "0" });
    expect(filter).toEqual({ market: "US", sort: "evidence", page: 1 });
    expect(notices.map((n) => n.value).sort()).toEqual(["0", "cheap", "colour", "mars", "spaceships"]);
  });
});

describe("filterTools on the fixture site", () => {
  it("keeps every tool with no filter, each once", () => {
    const all = run({});
    expect(all.total).toBe(site.tools.length);
    expect(new Set(all.tools.map((t) => t.slug)).size).toBe(Math.min(site.tools.length, PAGE_SIZE));
  });

  it("filters by kind", () => {
    const boots = run({ category: "compression-boots" });
    expect(boots.tools.map((t) => t.slug).sort()).toEqual(site.tools.filter((t) => t.category === "compression-boots").map((t) => t.slug).sort());
  });

  it("keeps in a price band only tools priced in the reader's market, within the band", () => {
    const uk = run({ market: "uk", band: "300-plus" });
    expect(uk.tools.length).toBeGreaterThan(0);
    for (const t of uk.tools) expect(priceIn(t, "UK")!.amount).toBeGreaterThanOrEqual(300);
    const us = run({ band: "under-50" });
    for (const t of us.tools) expect(priceIn(t, "US")!.amount).toBeLessThan(50);
  });

  it("sorts by price in the market, tools with no price there last", () => {
    const sorted = run({ sort: "price" }).tools.map((t) => priceIn(t, "US")?.amount ?? Infinity);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    expect(sorted.at(-1)).toBe(Infinity);
  });

  it("sorts strongest evidence first by the tool's main method, as the finder ranks methods, harm to training gains counting against", () => {
    const points = run({}).tools.map((t) => evidencePoints(site.modalitiesForTool(t.slug)[0].grades));
    expect(points).toEqual([...points].sort((a, b) => b - a));
    const method = (slug: string) => site.modalities.find((m) => m.slug === slug)!.grades;
    expect(evidencePoints(method("foam-rolling"))).toBe(6); // moderate 3, moderate 3, no effect 0
    expect(evidencePoints(method("cold-water-immersion"))).toBe(5); // limited 2, moderate 3, conflicting 1, less 1 for blunting strength gains
    // without the penalty cold water would tie compression at 6 and its $89 tub would come before the $799 boots
    const order = run({}).tools.map((t) => t.slug);
    expect(order.indexOf("air-relief-boots")).toBeLessThan(order.indexOf("ice-tub-classic"));
  });

  it("sorts by name", () => {
    const names = run({ sort: "name" }).tools.map((t) => t.title);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("gives each view one address, leaving out the defaults", () => {
    expect(toolFilterHref(readToolFilter({}).filter)).toBe("/tools/browse");
    expect(toolFilterHref(readToolFilter({ page: "2", sort: "price", market: "uk", category: "massage-guns" }).filter)).toBe(
      "/tools/browse?market=uk&category=massage-guns&sort=price&page=2",
    );
  });

  it("pages past the end show the last page", () => {
    const last = run({ page: "999" });
    expect(last.page).toBe(last.pages);
  });
});
