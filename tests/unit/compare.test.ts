import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildComparison, canonicalRedirect, compareColumns, compareHref, comparisonTitle, suggestedComparisons, toolRows } from "@/lib/catalog/compare";
import { readList } from "@/lib/web/query";
import { siteCatalog } from "../fixtures/catalogs";

const site = siteCatalog();

// Whether a price is stale depends on the day: the fixture prices are read as on this one.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-29T12:00:00Z"));
});
afterAll(() => vi.useRealTimers());
const row = (c: ReturnType<typeof buildComparison>, key: string) => c.rows.find((r) => r.key === key);

describe("readList", () => {
  it("accepts comma lists and repeated parameters, dropping blanks", () => {
    expect(readList("a,b")).toEqual(["a", "b"]);
    expect(readList(["a", "", "b,c", " "])).toEqual(["a", "b", "c"]);
    expect(readList(undefined)).toEqual([]);
  });

  it("caps absurdly long lists", () => {
    expect(readList(Array.from({ length: 500 }, (_, i) => `t${i}`).join(","))).toHaveLength(20);
  });
});

describe("buildComparison for tools", () => {
  it("keeps the reader's order and builds one cell per tool in every row", () => {
    const c = buildComparison({ tools: "thump-gun,foam-roller" }, site);
    expect(c.kind).toBe("tools");
    expect(c.items.map((i) => i.slug)).toEqual(["thump-gun", "foam-roller"]);
    expect(c.notices).toEqual([]);
    for (const r of c.rows) expect(r.cells).toHaveLength(2);
  });

  it("puts what runners weigh first: a price row per market with its source and date, running costs, then the shared category's bench in its own order, methods, then the evidence", () => {
    const c = buildComparison({ tools: "air-relief-boots,travel-boots" }, site);
    expect(c.rows.map((r) => r.key).slice(0, 19)).toEqual([
      "price-us",
      "price-uk",
      "running-costs",
      "bench-chambers",
      "bench-pressureMmHg",
      "bench-pressureLevels",
      "bench-sessionPresets",
      "bench-batteryHours",
      "bench-weightKg",
      "bench-noiseDb",
      "bench-app",
      "bench-travel",
      "modalities",
      "evidence-soreness",
      "evidence-fatigue",
      "evidence-performance",
      "evidence-strength-gains",
      "evidence-endurance-gains",
      "session",
    ]);
    expect(row(c, "price-us")!.label).toBe("Price, United States (US$)");
    expect(row(c, "price-us")!.cells).toEqual([{ text: "$799", source: "according to Airwave online store (maker's page or manual, November 2, 2026)" }, { text: "No price found in this market", missing: true }]);
    expect(row(c, "price-uk")!.cells).toEqual([
      { text: "£699", source: "according to Runner's Kit UK review (editorial review, n.d.); undated, so possibly stale" },
      { text: "£349", source: "according to Airwave UK store (maker's page or manual, October 10, 2026)" },
    ]);
  });

  it("gives each bench row its value in both units where the unit has another, with its source, or the hole's label", () => {
    const c = buildComparison({ tools: "air-relief-boots,travel-boots" }, site);
    expect(row(c, "bench-weightKg")!.cells).toEqual([
      { text: "1.6 kg (3.5 lb)", source: "according to Airwave user manual (maker's page or manual, November 2, 2026). The pump alone." },
      { text: "0.9 kg (2 lb)", source: "according to Travel Boots user manual (maker's page or manual, October 10, 2026)" },
    ]);
    expect(row(c, "bench-pressureMmHg")!.cells).toEqual([
      { text: "20–110 mmHg", source: "according to Airwave user manual (maker's page or manual, November 2, 2026)" },
      { text: "Not published by the maker", missing: true },
    ]);
    expect(row(c, "bench-app")!.cells).toEqual([
      { text: "Yes", source: "according to Airwave online store (maker's page or manual, November 2, 2026)" },
      { text: "No", source: "according to Travel Boots user manual (maker's page or manual, October 10, 2026)" },
    ]);
    // both unknown, for the same reason: the row does not differ
    expect(row(c, "bench-noiseDb")).toMatchObject({ cells: [{ text: "Not found in any source", missing: true }, { text: "Not found in any source", missing: true }], differs: false });
  });

  it("has one price row per market, so no row mixes currencies, and no row for a market no tool is priced in", () => {
    const c = buildComparison({ tools: "air-relief-boots,travel-boots,vibe-ball,thump-gun" }, site);
    const prices = c.rows.filter((r) => r.key.startsWith("price-"));
    expect(prices.map((r) => r.key)).toEqual(["price-us", "price-uk", "price-eu", "price-au"]);
    const currency: Record<string, RegExp> = { "price-us": /^\$\d/, "price-uk": /^£\d/, "price-eu": /^€\d/, "price-au": /^A\$\d/ };
    for (const r of prices) {
      const shown = r.cells.filter((cell) => cell !== undefined && cell.text !== "No price found in this market");
      expect(shown.length, r.key).toBeGreaterThan(0);
      for (const cell of shown) expect(cell!.text, r.key).toMatch(currency[r.key]);
    }
    expect(row(c, "price-us")!.cells.map((cell) => cell?.text?.split(",")[0])).toEqual(["$799", "No price found in this market", "No price found in this market", "$299–$349"]);
    expect(row(c, "price-eu")!.cells.map((cell) => cell?.text?.split(",")[0])).toEqual(["No price found in this market", "No price found in this market", "€39", "No price found in this market"]);
    expect(row(c, "price-au")!.cells.map((cell) => cell?.text?.split(",")[0])).toEqual(["No price found in this market", "No price found in this market", "A$69", "No price found in this market"]);
  });

  it("flags a price whose source is more than a year old, or undated, as possibly stale", () => {
    const c = buildComparison({ tools: "ice-tub-classic,foam-roller,vibe-ball" }, site);
    expect(row(c, "price-us")!.cells).toEqual([
      { text: "$89", source: "according to Garden Outlet listing (retailer listing, March 15, 2024); more than a year old, so possibly stale" },
      { text: "$20–$50", source: "according to Prices at three sports shops (retailer listing, October 20, 2026)" },
      { text: "No price found in this market", missing: true },
    ]);
    expect(row(c, "price-eu")!.cells[2]).toEqual({ text: "€39", source: "according to Pulseworks EU store (maker's page or manual, n.d.); undated, so possibly stale" });
  });

  it("shows, for tools of different categories, the union of their benches in the order the tools are listed, saying where an attribute is not on a tool's bench", () => {
    const c = buildComparison({ tools: "thump-gun,foam-roller,ice-tub-classic" }, site);
    expect(c.rows.filter((r) => r.key.startsWith("bench-")).map((r) => r.key)).toEqual([
      // massage guns
      "bench-amplitudeMm",
      "bench-percussionsPerMinute",
      "bench-stallForceKg",
      "bench-speeds",
      "bench-batteryHours",
      "bench-weightKg",
      "bench-noiseDb",
      "bench-app",
      // rollers and balls, less weight
      "bench-lengthCm",
      "bench-firmness",
      "bench-vibration",
      "bench-material",
      // cold plunges, less weight and material
      "bench-capacityLitres",
      "bench-lowestTempC",
      "bench-chiller",
      "bench-filtration",
    ]);
    expect(row(c, "bench-amplitudeMm")!.cells).toEqual([{ text: "16 mm (0.63 in)", source: "according to Pulseworks spec sheet (maker's page or manual, September 1, 2026)" }, { text: "Does not apply to this kind of product", missing: true }, { text: "Does not apply to this kind of product", missing: true }]);
    expect(row(c, "bench-noiseDb")!.cells[0]).toEqual({ text: "65 dB", source: "according to Quiet Lab noise test (independent lab test, August 15, 2026). At the top speed, 1 m away." });
    expect(row(c, "bench-weightKg")!.cells.map((cell) => cell?.text?.split(" (")[0])).toEqual(["1.3 kg", "0.5 kg", "9.5 kg"]);
    expect(row(c, "bench-material")!.cells.map((cell) => cell?.text)).toEqual(["Does not apply to this kind of product", "Closed-cell EVA foam", "Polyethylene"]);
    expect(row(c, "bench-capacityLitres")!.cells).toEqual([{ text: "Does not apply to this kind of product", missing: true }, { text: "Does not apply to this kind of product", missing: true }, { text: "300 L (79 US gal)", source: "according to Ice Tub Classic owner's guide (maker's page or manual, April 1, 2023)" }]);
    expect(row(c, "bench-lowestTempC")!.cells[2]).toEqual({ text: "3°C (37°F)", source: "according to Ice Tub Classic owner's guide (maker's page or manual, April 1, 2023). With two bags of ice." });
    // the benches follow the prices, running costs and status, and come before the methods and the evidence
    const keys = c.rows.map((r) => r.key);
    expect(keys.indexOf("bench-amplitudeMm")).toBe(keys.indexOf("status") + 1);
    expect(keys.indexOf("modalities")).toBe(keys.indexOf("bench-filtration") + 1);
    expect(row(c, "status")!.cells).toEqual([undefined, undefined, { text: "Discontinued: replaced by Ice Tub" }]);
  });

  it("shows the method's typical session, since no bench has a session row", () => {
    const c = buildComparison({ tools: "air-relief-boots,travel-boots" }, site);
    expect(row(c, "session")!.cells).toEqual([{ text: "20–60 min (typical for the method)" }, { text: "20–60 min (typical for the method)" }]);
  });

  it("draws a bar per number on rows of numbers, to the row's scale, and none where a cell has no number", () => {
    const boots = buildComparison({ tools: "air-relief-boots,travel-boots" }, site);
    // not the US price (one tool has none: nothing to compare), the pressure range (one is not
    // published), the noise (decibels, and neither found) or any row of words
    expect(boots.rows.filter((r) => r.bars).map((r) => r.key)).toEqual(["price-uk", "bench-chambers", "bench-batteryHours", "bench-weightKg", "session"]);
    expect(row(boots, "price-uk")!.bars).toEqual([{ low: 20, high: 20 }, { low: 10, high: 10 }]); // £699 and £349
    expect(row(boots, "bench-batteryHours")!.bars).toEqual([{ low: 15, high: 15 }, { low: 20, high: 20 }]); // 3 h and 4 h
    expect(row(boots, "session")!.bars).toEqual([{ low: 7, high: 20 }, { low: 7, high: 20 }]); // 20–60 min each

    const mixed = buildComparison({ tools: "thump-gun,foam-roller,ice-tub-classic" }, site);
    expect(row(mixed, "price-us")!.bars).toEqual([{ low: 17, high: 20 }, { low: 1, high: 3 }, { low: 5, high: 5 }]); // $299–$349, $20–$50, $89
    expect(row(mixed, "bench-weightKg")!.bars).toEqual([{ low: 3, high: 3 }, { low: 1, high: 1 }, { low: 20, high: 20 }]);
    expect(row(mixed, "bench-amplitudeMm")!.bars).toBeUndefined(); // on one bench only
    expect(row(mixed, "bench-lowestTempC")!.bars).toBeUndefined();

    const methods = buildComparison({ modalities: "cold-water-immersion,sleep" }, site);
    expect(row(methods, "cost")!.bars).toEqual([{ low: 0, high: 20 }, { low: 0, high: 0 }]); // $0–$40 and $0
    expect(row(methods, "session")!.bars).toBeUndefined(); // sleep has no session length
    expect(row(methods, "evidence-soreness")!.bars).toBeUndefined();
  });

  it("says where one tool has no price in a market, and hides rows no tool has", () => {
    const boots = buildComparison({ tools: "air-relief-boots,travel-boots" }, site);
    expect(row(boots, "price-us")!.cells[1]).toEqual({ text: "No price found in this market", missing: true });
    expect(row(boots, "price-eu")).toBeUndefined();
    const rolling = buildComparison({ tools: "foam-roller,vibe-roller" }, site);
    expect(row(rolling, "running-costs")).toBeUndefined();
    expect(row(rolling, "price-uk")).toBeUndefined();
    expect(row(rolling, "bench-chambers")).toBeUndefined();
  });

  it("still leads with a price row, saying none was found, when no compared tool has a price in any market", () => {
    // the fixture tubs with their prices taken away: no fixture pair is unpriced everywhere
    const unpriced = (slug: string) => ({ ...site.tool(slug)!, prices: {} });
    const rows = toolRows([unpriced("ice-tub-classic"), site.tool("ice-tub")!], site);
    expect(rows[0]).toMatchObject({ key: "price", label: "Price", differs: false });
    expect(rows[0].cells).toEqual([
      { text: "No price found in any market", missing: true },
      { text: "No price found in any market", missing: true },
    ]);
    expect(rows.filter((r) => r.key.startsWith("price"))).toHaveLength(1);
    // one priced tool is enough for the per-market rows, and the catch-all row goes
    expect(toolRows([site.tool("ice-tub-classic")!, site.tool("ice-tub")!], site).map((r) => r.key).slice(0, 2)).toEqual(["price-us", "running-costs"]);
  });

  it("marks rows that differ", () => {
    const c = buildComparison({ tools: "thump-gun,vibe-roller" }, site);
    expect(row(c, "brand")!.differs).toBe(false); // both Pulseworks
    expect(row(c, "modalities")!.differs).toBe(true);
    // a value against a gap differs; gaps alone, however worded, do not
    const mixed = buildComparison({ tools: "thump-gun,foam-roller,ice-tub-classic" }, site);
    expect(row(mixed, "bench-amplitudeMm")!.differs).toBe(true); // 16 mm, then not on two tools' benches
    const gaps = row(c, "bench-material")!;
    expect(gaps.cells).toEqual([{ text: "Does not apply to this kind of product", missing: true }, { text: "Not found in any source", missing: true }]);
    expect(gaps.differs).toBe(false);
    expect(row(mixed, "bench-stallForceKg")!.differs).toBe(false); // not published, then not on two benches
    // the same value from two different sources is the same value
    const tubs = row(buildComparison({ tools: "ice-tub,ice-tub-classic" }, site), "bench-material")!;
    expect(tubs.cells.map((cell) => cell!.text)).toEqual(["Polyethylene", "Polyethylene"]);
    expect(tubs.cells[0]!.source).not.toEqual(tubs.cells[1]!.source);
    expect(tubs.differs).toBe(false);
    expect(row(c, "modalities")!.cells[1]).toEqual({
      links: [
        { href: "/modalities/foam-rolling", label: "Foam rolling" },
        { href: "/modalities/percussion-massage", label: "Percussion massage" },
      ],
    });
  });

  it("names the method behind a grade only when a tool delivers several", () => {
    const c = buildComparison({ tools: "thump-gun,vibe-roller" }, site);
    expect(row(c, "evidence-soreness")!.cells).toEqual([
      { text: "Limited evidence of benefit" },
      { items: ["Foam rolling: Moderate evidence of benefit", "Percussion massage: Limited evidence of benefit"] },
    ]);
  });

  it("explains unknown, duplicate and surplus slugs instead of failing", () => {
    const c = buildComparison({ tools: "thump-gun,THUMP-GUN,thump-gnu,foam-roller,vibe-ball,nope,<script>" }, site);
    expect(c.items.map((i) => i.slug)).toEqual(["thump-gun", "foam-roller", "vibe-ball"]);
    expect(c.notices).toEqual([
      { value: "THUMP-GUN", reason: "was listed more than once; it is shown once" },
      { value: "thump-gnu", reason: 'is not a tool we cover (did you mean "thump-gun"?)' },
      { value: "nope", reason: "is not a tool we cover" },
      { value: "<script>", reason: "is not a tool we cover" },
    ]);
  });

  it("compares at most four", () => {
    const slugs = ["air-relief-boots", "foam-roller", "ice-tub", "thump-gun", "travel-boots", "vibe-ball"];
    const c = buildComparison({ tools: slugs.join(",") }, site);
    expect(c.items.map((i) => i.slug)).toEqual(["air-relief-boots", "foam-roller", "ice-tub", "thump-gun"]);
    expect(c.notices).toEqual([
      { value: "travel-boots", reason: "was left out: up to 4 can be compared at once" },
      { value: "vibe-ball", reason: "was left out: up to 4 can be compared at once" },
    ]);
  });

  it("does not compare a draft, even by its exact slug", () => {
    const c = buildComparison({ tools: "ice-tub,contrast-tub" }, site);
    expect(c.items.map((i) => i.slug)).toEqual(["ice-tub"]);
    expect(c.notices).toEqual([{ value: "contrast-tub", reason: "is not a tool we cover" }]);
  });

  it("shortens very long values in notices", () => {
    const c = buildComparison({ tools: "x".repeat(5000) }, site);
    expect(c.notices[0].value).toBe(`${"x".repeat(60)}…`);
  });
});

describe("buildComparison for methods", () => {
  it("compares grades with their citations, cost, time, dose, timing, place, body areas, risks and tools", () => {
    const c = buildComparison({ modalities: ["cold-water-immersion", "sleep"] }, site);
    expect(c.kind).toBe("modalities");
    expect(c.rows.map((r) => r.key)).toEqual([
      "evidence-soreness",
      "evidence-fatigue",
      "evidence-performance",
      "evidence-strength-gains",
      "evidence-endurance-gains",
      "cost",
      "session",
      "dose",
      "timing",
      "setting",
      "body-areas",
      "risks",
      "tools",
    ]);
    // each study the grade weighed is cited, and each citation links to its study
    const citing = (text: string, ...labels: string[]) => ({
      cited: [`${text} (`, ...labels.flatMap((label, i) => [...(i ? ["; "] : []), { label, href: `/studies/${label.toLowerCase().replace(" ", "-")}` }]), ")"],
    });
    expect(row(c, "evidence-soreness")!.cells[0]).toEqual(
      citing("Limited evidence of benefit. Meta-analyses find slightly less soreness than passive rest, but one rates its own evidence low.", "Machado 2016", "Dupuy 2018"),
    );
    expect(row(c, "evidence-strength-gains")!.cells[0]).toEqual(
      citing("Evidence of harm or blunted gains. Regular dips after strength training reduced gains in strength and muscle.", "Malta 2021", "Roberts 2015"),
    );
    expect(row(c, "evidence-endurance-gains")!.cells[0]).toEqual(citing("Studied: no benefit found. Regular dips during endurance training left endurance gains unchanged.", "Malta 2021"));
    // a study shown but not counted is still cited; an outcome with no entries cites none
    expect(row(c, "evidence-soreness")!.cells[1]).toEqual(citing("Not enough evidence. Short sleep is linked with more soreness, but few trials measured it directly.", "Fullagar 2015"));
    expect(row(c, "evidence-strength-gains")!.cells[1]).toEqual({
      text: "Not enough evidence. No review has measured how sleep changes long-term strength gains in runners.",
    });
    expect(row(c, "cost")!.cells).toEqual([{ text: "$0–$40", note: "Free in a bathtub; ice costs a few dollars." }, { text: "$0", note: "Free." }]);
    // sleep has no session length of its own: said so, not "not found"
    expect(row(c, "session")!.cells).toEqual([{ text: "10–15 min" }, { text: "No set session length", missing: true }]);
    expect(row(buildComparison({ modalities: "sleep,nutrition" }, site), "session")).toBeUndefined();
    expect(row(c, "setting")!.cells).toEqual([{ items: ["Home", "Gym"] }, { items: ["Home"] }]);
  });

  it("links the citations in a method's risks line to their studies, for methods and for the tools that deliver them", () => {
    const linked = [
      "Skip it with a blood clot, a leg infection or poor circulation (",
      { label: "Clarke 2016", href: "/studies/clarke-2016" },
      "; ",
      { label: "Okafor 2022", href: "/studies/okafor-2022" },
      ").",
    ];
    expect(row(buildComparison({ modalities: "pneumatic-compression,sleep" }, site), "risks")!.cells[0]).toEqual({ cited: linked });
    expect(row(buildComparison({ modalities: "foam-rolling,sleep" }, site), "risks")!.cells[0]).toEqual({ cited: ["Keep it off bruises, varicose veins and fresh injuries."] });
    expect(row(buildComparison({ tools: "air-relief-boots,foam-roller" }, site), "risks")!.cells[0]).toEqual({ cited: linked });
  });

  it("links the tools that deliver each method, by title, and says when none is needed", () => {
    const c = buildComparison({ modalities: "foam-rolling,sleep" }, site);
    expect(row(c, "tools")!.cells).toEqual([
      {
        links: [
          { href: "/tools/foam-roller", label: "Foam Roller" },
          { href: "/tools/vibe-ball", label: "Vibe Ball" },
          { href: "/tools/vibe-roller", label: "Vibe Roller" },
        ],
      },
      { text: "None needed" },
    ]);
  });

  it("ignores methods when tools are asked for too, and says so", () => {
    const c = buildComparison({ tools: "thump-gun,foam-roller", modalities: "sleep" }, site);
    expect(c.kind).toBe("tools");
    expect(c.notices[0]).toEqual({ value: "modalities", reason: "was ignored: compare tools or methods, not both at once" });
  });

  it("is empty, with no error, when nothing is asked for", () => {
    expect(buildComparison({}, site)).toEqual({ kind: "none", items: [], rows: [], notices: [] });
  });
});

describe("links and titles", () => {
  it("builds the shareable URL and a title naming what is compared", () => {
    expect(compareHref("tools", ["thump-gun", "foam-roller"])).toBe("/compare/tools/thump-gun/foam-roller");
    // Too few to compare: the compare page's form, which asks for more.
    expect(compareHref("tools", ["thump-gun"])).toBe("/compare?tools=thump-gun");
    expect(comparisonTitle(buildComparison({ tools: "thump-gun,foam-roller" }, site))).toBe("Compare Thump Gun vs Foam Roller");
    expect(comparisonTitle(buildComparison({}, site))).toBe("Compare recovery tools and methods");
  });

  it("suggests a comparison only once every article in it is published", () => {
    // the fixture site has two of the three cold methods the site suggests comparing; the third is a draft
    expect(suggestedComparisons(site)).toEqual([]);
    expect(suggestedComparisons(siteCatalog({ drafts: true }))).toEqual([
      {
        href: "/compare/modalities/cold-water-immersion/cryotherapy-chamber/contrast-water-therapy",
        label: "Cold water immersion vs Cryotherapy chamber vs Contrast water therapy",
      },
    ]);
  });
});

describe("compare URLs", () => {
  it("tidies a form submission into the short URL, and leaves a tidy one alone", () => {
    const formQuery = { tools: ["thump-gun", "foam-roller", "", ""] };
    expect(canonicalRedirect(formQuery, buildComparison(formQuery, site))).toBe("/compare/tools/thump-gun/foam-roller");
    const tidy = { tools: "thump-gun,foam-roller" };
    expect(canonicalRedirect(tidy, buildComparison(tidy, site))).toBeUndefined();
    const withNotice = { tools: ["thump-gun", "nope"] };
    expect(canonicalRedirect(withNotice, buildComparison(withNotice, site))).toBeUndefined();
  });

  it("gives each column its article link and a link to the comparison without it", () => {
    expect(compareColumns(buildComparison({ modalities: "sleep,cold-water-immersion" }, site))).toEqual([
      { slug: "sleep", title: "Sleep", href: "/modalities/sleep", removeHref: "/compare?modalities=cold-water-immersion" },
      { slug: "cold-water-immersion", title: "Cold water immersion", href: "/modalities/cold-water-immersion", removeHref: "/compare?modalities=sleep" },
    ]);
  });
});
