import { describe, expect, it } from "vitest";
import { buildComparison, canonicalRedirect, compareColumns, compareHref, comparisonTitle, suggestedComparisons } from "@/lib/catalog/compare";
import { readList } from "@/lib/web/query";
import { siteCatalog } from "../fixtures/catalogs";

const site = siteCatalog();
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

  it("puts what runners weigh first: price with its source and date, running costs, methods, evidence", () => {
    const c = buildComparison({ tools: "air-relief-boots,travel-boots" }, site);
    expect(c.rows.map((r) => r.key).slice(0, 9)).toEqual([
      "price",
      "running-costs",
      "modalities",
      "evidence-soreness",
      "evidence-fatigue",
      "evidence-performance",
      "evidence-strength-gains",
      "evidence-endurance-gains",
      "session",
    ]);
    expect(row(c, "price")!.cells).toEqual([
      { text: "$799, according to Airwave online store (maker's page or manual, November 2, 2026)" },
      { text: "£349, according to Airwave UK store (maker's page or manual, October 10, 2026)" },
    ]);
  });

  it("says what kind of source a price comes from, and n.d. when the source shows no date", () => {
    const c = buildComparison({ tools: "foam-roller,vibe-ball" }, site);
    expect(row(c, "price")!.cells).toEqual([
      { text: "$20–$50, according to Prices at three sports shops (retailer listing, October 20, 2026)" },
      { text: "€39, according to Pulseworks EU store (maker's page or manual, n.d.)" },
    ]);
  });

  it("falls back to the method's typical session when a tool publishes none", () => {
    const c = buildComparison({ tools: "air-relief-boots,travel-boots" }, site);
    expect(row(c, "session")!.cells).toEqual([{ text: "15–60 min" }, { text: "20–60 min (typical for the method)" }]);
  });

  it("leaves a cell empty where one tool lacks a value, and hides rows no tool has", () => {
    const boots = buildComparison({ tools: "air-relief-boots,travel-boots" }, site);
    expect(row(boots, "spec-Pressure")!.cells).toEqual([{ text: "20–110 mmHg" }, undefined]);
    const massage = buildComparison({ tools: "thump-gun,vibe-roller" }, site);
    expect(row(massage, "spec-Pressure")).toBeUndefined();
    expect(row(massage, "running-costs")).toBeUndefined();
  });

  it("marks rows that differ", () => {
    const c = buildComparison({ tools: "thump-gun,vibe-roller" }, site);
    expect(row(c, "brand")!.differs).toBe(false); // both Pulseworks
    expect(row(c, "modalities")!.differs).toBe(true);
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
    expect(row(c, "evidence-soreness")!.cells[0]).toEqual({
      text: "Limited evidence of benefit. Meta-analyses find slightly less soreness than passive rest, but one rates its own evidence low. (Machado 2016; Dupuy 2018)",
    });
    expect(row(c, "evidence-strength-gains")!.cells[0]).toEqual({
      text: "Evidence of harm or blunted gains. Regular dips after strength training reduced gains in strength and muscle. (Malta 2021; Roberts 2015)",
    });
    expect(row(c, "evidence-endurance-gains")!.cells[0]).toEqual({
      text: "Studied: no benefit found. Regular dips during endurance training left endurance gains unchanged. (Malta 2021)",
    });
    // a study shown but not counted is still cited; an outcome with no entries cites none
    expect(row(c, "evidence-soreness")!.cells[1]).toEqual({
      text: "Not enough evidence. Short sleep is linked with more soreness, but few trials measured it directly. (Fullagar 2015)",
    });
    expect(row(c, "evidence-strength-gains")!.cells[1]).toEqual({
      text: "Not enough evidence. No review has measured how sleep changes long-term strength gains in runners.",
    });
    expect(row(c, "cost")!.cells).toEqual([{ text: "$0–$40. Free in a bathtub; ice costs a few dollars." }, { text: "$0. Free." }]);
    expect(row(c, "session")!.cells).toEqual([{ text: "10–15 min" }, undefined]);
    expect(row(c, "setting")!.cells).toEqual([{ items: ["Home", "Gym"] }, { items: ["Home"] }]);
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
