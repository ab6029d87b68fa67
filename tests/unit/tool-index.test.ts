import { describe, expect, it } from "vitest";
import { toolIndex } from "@/lib/catalog/tool-index";
import type { Market } from "@/lib/content/vocabulary";
import { siteCatalog } from "../fixtures/catalogs";

const catalog = siteCatalog();
const index = (market: Market, c = catalog) => toolIndex(c, market).map((g) => [g.label, g.tools.map((t) => t.slug)] as const);

describe("toolIndex", () => {
  it("groups the tools by category, in the categories' own order, leaving out categories with no tool", () => {
    expect(toolIndex(catalog, "US").map((g) => g.category)).toEqual(["compression-boots", "massage-guns", "cold-plunges", "rollers-and-balls"]);
    const listed = toolIndex(catalog, "US").flatMap((g) => g.tools.map((t) => t.slug));
    expect([...listed].sort()).toEqual(catalog.tools.map((t) => t.slug).sort());
  });

  it("lists each group cheapest first in the reader's market, tools with no price there after them, and discontinued models last", () => {
    expect(index("US")).toEqual([
      ["Compression boots", ["air-relief-boots", "travel-boots"]], // $799, then no US price
      ["Massage guns", ["thump-gun"]],
      ["Cold plunges", ["ice-tub", "ice-tub-classic"]], // the classic has the only price, $89, but was replaced
      ["Rollers and balls", ["foam-roller", "vibe-roller", "vibe-ball"]], // $20, $149, then no US price
    ]);
  });

  it("sorts by the prices of the market it is built for, never another market's", () => {
    expect(index("UK")).toEqual([
      ["Compression boots", ["travel-boots", "air-relief-boots"]], // £349, £699
      ["Massage guns", ["thump-gun"]],
      ["Cold plunges", ["ice-tub", "ice-tub-classic"]],
      ["Rollers and balls", ["foam-roller", "vibe-ball", "vibe-roller"]], // none priced in the UK: by title
    ]);
    expect(index("EU")[3]).toEqual(["Rollers and balls", ["vibe-ball", "foam-roller", "vibe-roller"]]); // €39, then no price
  });

  it("leaves drafts out of a published build and lists them in development", () => {
    expect(index("US").flatMap(([, slugs]) => slugs)).not.toContain("contrast-tub");
    expect(index("US", siteCatalog({ drafts: true }))[2]).toEqual(["Cold plunges", ["contrast-tub", "ice-tub", "ice-tub-classic"]]);
  });
});
