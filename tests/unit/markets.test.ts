import { formatPrice } from "@/lib/catalog/format";
import { describe, expect, it } from "vitest";
import {
  allPrices,
  allRunningCosts,
  DEFAULT_MARKET,
  firstYearCost,
  isMarket,
  staleness,
  marketFromParam,
  marketParam,
  priceFor,
  priceIn,
  toolsIndexHref,
} from "@/lib/catalog/markets";
import { siteCatalog } from "../fixtures/catalogs";

// Prices of the fixture site (tests/fixtures/site/tools): the Air Relief Boots are priced in the
// US ($799, dated) and the UK (£699, from an undated review); the Travel Boots in the UK only
// (£349); the Vibe Ball in the eurozone (€39, undated) and Australia (A$69); the Ice Tub Classic
// in the US ($89, from a listing of March 2024); the Ice Tub nowhere.
const catalog = siteCatalog();
const tool = (slug: string) => catalog.tool(slug)!;
const NOW = new Date("2026-11-29T12:00:00Z");

describe("priceIn", () => {
  it("gives the tool's own price in a market, in that market's currency, with its source", () => {
    expect(priceIn(tool("air-relief-boots"), "US", NOW)).toEqual({
      market: "US",
      currency: "USD",
      amount: 799,
      upTo: undefined,
      note: undefined,
      source: { title: "Airwave online store", kind: "maker", date: "2026-11-02", url: "https://example.com/airwave/air-relief-boots" },
      standIn: false,
      stale: undefined,
    });
    expect(priceIn(tool("air-relief-boots"), "UK", NOW)).toMatchObject({ market: "UK", currency: "GBP", amount: 699, note: "The review's price for the boots and the pump." });
    expect(priceIn(tool("thump-gun"), "US", NOW)).toMatchObject({ amount: 299, upTo: 349, note: "The higher price includes a case." });
  });

  it("never converts: a market the source gives no price for has none, whatever other markets say", () => {
    expect(priceIn(tool("travel-boots"), "US", NOW)).toBeUndefined();
    expect(priceIn(tool("air-relief-boots"), "EU", NOW)).toBeUndefined();
    expect(priceIn(tool("vibe-ball"), "UK", NOW)).toBeUndefined();
    expect(priceIn(tool("ice-tub"), "US", NOW)).toBeUndefined();
    // the UK price is the source's £699, not the US $799 in pounds
    expect(priceIn(tool("air-relief-boots"), "UK", NOW)?.amount).toBe(699);
  });
});

describe("priceFor", () => {
  it("gives the reader's own market's price when there is one, not marked", () => {
    expect(priceFor(tool("air-relief-boots"), "UK", NOW)).toMatchObject({ market: "UK", amount: 699, standIn: false });
    expect(priceFor(tool("vibe-ball"), "AU", NOW)).toMatchObject({ market: "AU", currency: "AUD", amount: 69, standIn: false });
  });

  it("stands in the nearest market's own price, marked as such, when the reader's market has none", () => {
    expect(priceFor(tool("travel-boots"), "US", NOW)).toMatchObject({ market: "UK", currency: "GBP", amount: 349, standIn: true });
    expect(priceFor(tool("travel-boots"), "AU", NOW)).toMatchObject({ market: "UK", amount: 349, standIn: true });
  });

  it("looks for the nearest market in a fixed order per market", () => {
    const boots = tool("air-relief-boots"); // US and UK
    expect(priceFor(boots, "EU", NOW)).toMatchObject({ market: "UK", standIn: true }); // the eurozone looks to the UK before the US
    expect(priceFor(boots, "CA", NOW)).toMatchObject({ market: "US", standIn: true }); // Canada looks to the US first
    expect(priceFor(boots, "AU", NOW)).toMatchObject({ market: "US", standIn: true }); // so does Australia
    const ball = tool("vibe-ball"); // eurozone and Australia
    expect(priceFor(ball, "US", NOW)).toMatchObject({ market: "EU", amount: 39, standIn: true }); // the US looks to the eurozone before Australia
    expect(priceFor(ball, "UK", NOW)).toMatchObject({ market: "EU", standIn: true });
    expect(priceFor(ball, "CA", NOW)).toMatchObject({ market: "EU", standIn: true });
  });

  it("gives nothing for a tool with no price in any market", () => {
    expect(priceFor(tool("ice-tub"), "US", NOW)).toBeUndefined();
    expect(priceFor(tool("ice-tub"), "CA", NOW)).toBeUndefined();
  });
});

describe("staleness", () => {
  const dated = tool("air-relief-boots").sources.store; // 2026-11-02
  const undated = tool("vibe-ball").sources.eustore; // n.d.

  it("treats a price as fresh up to a year after its source's own date, and stale after", () => {
    expect(dated.date).toBe("2026-11-02");
    expect(staleness(dated, new Date("2026-11-02T00:00:00Z"))).toBeUndefined();
    expect(staleness(dated, new Date("2027-11-01T00:00:00Z"))).toBeUndefined();
    expect(staleness(dated, new Date("2027-11-02T00:00:00Z"))).toBeUndefined(); // a year to the day
    expect(staleness(dated, new Date("2027-11-03T00:00:00Z"))).toBe("more than a year old");
    expect(staleness(tool("ice-tub-classic").sources.outlet, NOW)).toBe("more than a year old"); // March 2024
  });

  it("counts a source dated only to a month from that month's first day", () => {
    const monthly = { ...dated, date: "2026-02" };
    expect(staleness(monthly, new Date("2027-02-01T00:00:00Z"))).toBeUndefined();
    expect(staleness(monthly, new Date("2027-02-03T00:00:00Z"))).toBe("more than a year old");
  });

  it('treats a source that shows no date ("n.d.") as stale, however recently it was read', () => {
    expect(undated.date).toBe("n.d.");
    expect(staleness(undated, new Date("2026-10-21T00:00:00Z"))).toBe("undated");
    expect(staleness(undated, NOW)).toBe("undated");
  });

  it("marks each shown price by its own source", () => {
    expect(priceIn(tool("air-relief-boots"), "US", NOW)?.stale).toBeUndefined();
    expect(priceIn(tool("air-relief-boots"), "UK", NOW)?.stale).toBe("undated"); // the undated review
    expect(priceIn(tool("ice-tub-classic"), "US", NOW)?.stale).toBe("more than a year old");
    expect(priceFor(tool("vibe-ball"), "US", NOW)).toMatchObject({ standIn: true, stale: "undated" });
    expect(priceIn(tool("air-relief-boots"), "US", new Date("2027-12-01T00:00:00Z"))?.stale).toBe("more than a year old");
  });
});

describe("allPrices", () => {
  it("lists every market the tool is priced in, in the order of the markets, none converted or marked as standing in", () => {
    expect(allPrices(tool("air-relief-boots"), NOW).map((p) => [p.market, formatPrice(p), p.standIn, p.stale])).toEqual([
      ["US", "$799", false, undefined],
      ["UK", "£699", false, "undated"],
    ]);
    expect(allPrices(tool("vibe-ball"), NOW).map((p) => [p.market, formatPrice(p), p.stale])).toEqual([
      ["EU", "€39", "undated"],
      ["AU", "A$69", undefined],
    ]);
    expect(allPrices(tool("ice-tub"), NOW)).toEqual([]);
  });
});

describe("allRunningCosts", () => {
  it("lists a year's running costs in every market that has them, each with its own source, and none for a tool that gives them in words only", () => {
    expect(allRunningCosts(tool("air-relief-boots"), NOW).map((c) => [c.market, formatPrice(c), c.source.title])).toEqual([
      ["US", "$15", "Airwave user manual"],
    ]);
    expect(allRunningCosts(tool("ice-tub"), NOW).map((c) => [c.market, formatPrice(c)])).toEqual([["US", "$120"]]);
    expect(allRunningCosts(tool("thump-gun"), NOW)).toEqual([]);
  });
});

describe("formatPrice", () => {
  it("writes a price or a range in its market's currency", () => {
    expect(formatPrice(priceIn(tool("thump-gun"), "US", NOW)!)).toBe("$299–$349");
    expect(formatPrice(priceIn(tool("travel-boots"), "UK", NOW)!)).toBe("£349");
    expect(formatPrice({ amount: 225, currency: "CAD" })).toBe("CA$225");
  });
});

describe("firstYearCost", () => {
  it("adds a year of running costs to the price in the same market", () => {
    // $799 and $15 of electricity a year
    expect(firstYearCost(tool("air-relief-boots"), "US")).toBe(814);
  });

  it("is unknown unless a source gives both the price and the running costs in that market", () => {
    expect(firstYearCost(tool("air-relief-boots"), "UK")).toBeUndefined(); // priced, no running costs there
    expect(firstYearCost(tool("ice-tub"), "US")).toBeUndefined(); // $120 of ice a year, but no price
    expect(firstYearCost(tool("thump-gun"), "US")).toBeUndefined(); // running costs in words only
    expect(firstYearCost(tool("travel-boots"), "US")).toBeUndefined();
  });
});

describe("markets in URLs", () => {
  it("reads a market from a URL in lower or upper case, and nothing else", () => {
    expect(marketFromParam("uk")).toBe("UK");
    expect(marketFromParam("UK")).toBe("UK");
    expect(marketFromParam("Eu")).toBe("EU");
    expect(marketFromParam("gb")).toBeUndefined();
    expect(marketFromParam("us ")).toBeUndefined();
    expect(marketFromParam("")).toBeUndefined();
    expect(marketFromParam(undefined)).toBeUndefined();
    expect(marketFromParam("constructor")).toBeUndefined();
  });

  it("writes a market in lower case, and reads back what it writes", () => {
    expect(marketParam("AU")).toBe("au");
    for (const m of ["US", "UK", "EU", "AU", "CA"] as const) expect(marketFromParam(marketParam(m))).toBe(m);
    expect(isMarket("CA")).toBe(true);
    expect(isMarket("ca")).toBe(false);
  });

  it("gives the tools index in the default market at /tools and the others under /tools/market", () => {
    expect(DEFAULT_MARKET).toBe("US");
    expect(toolsIndexHref("US")).toBe("/tools");
    expect(toolsIndexHref("UK")).toBe("/tools/market/uk");
    expect(toolsIndexHref("CA")).toBe("/tools/market/ca");
  });
});
