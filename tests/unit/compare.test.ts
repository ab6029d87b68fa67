import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/catalog";
import { buildComparison, canonicalRedirect, compareColumns, compareHref, comparisonTitle, suggestedComparisons } from "@/lib/catalog/compare";
import { loadContent } from "@/lib/content/load";
import { getCatalog } from "@/lib/catalog/catalog";
import { readList } from "@/lib/web/query";

const fixtures = buildCatalog(loadContent(join(__dirname, "..", "fixtures", "valid"), { includeDrafts: false }));

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
    const c = buildComparison({ tools: "ice-tub,heat-pad" }, fixtures);
    expect(c.kind).toBe("tools");
    expect(c.items.map((i) => i.slug)).toEqual(["ice-tub", "heat-pad"]);
    expect(c.notices).toEqual([]);
    for (const row of c.rows) expect(row.cells).toHaveLength(2);
  });

  it("puts what runners weigh first: price, running costs, methods, evidence", () => {
    const c = buildComparison({ tools: "ice-tub,heat-pad" }, fixtures);
    expect(c.rows.map((r) => r.key).slice(0, 5)).toEqual([
      "modalities",
      "evidence-soreness",
      "evidence-fatigue",
      "evidence-performance",
      "evidence-adaptation",
    ]);
    const real = buildComparison({ tools: "normatec-3,rapid-reboot" }, getCatalog());
    expect(real.rows.map((r) => r.key).slice(0, 3)).toEqual(["price", "running-costs", "modalities"]);
  });

  it("hides rows where every value is missing and marks rows that differ", () => {
    const c = buildComparison({ tools: "ice-tub,heat-pad" }, fixtures);
    expect(c.rows.find((r) => r.key === "price")).toBeUndefined(); // neither fixture publishes a price
    const brand = c.rows.find((r) => r.key === "brand")!;
    expect(brand.differs).toBe(false);
    const methods = c.rows.find((r) => r.key === "modalities")!;
    expect(methods.differs).toBe(true);
    expect(methods.cells[1]).toEqual({
      links: [
        { href: "/modalities/heat-therapy", label: "Heat therapy" },
        { href: "/modalities/cold-water-immersion", label: "Cold water immersion" },
      ],
    });
  });

  it("names the method behind a grade only when a tool delivers several", () => {
    const c = buildComparison({ tools: "ice-tub,heat-pad" }, fixtures);
    const soreness = c.rows.find((r) => r.key === "evidence-soreness")!;
    expect(soreness.cells[0]).toEqual({ text: "Moderate evidence of benefit" });
    expect(soreness.cells[1]).toEqual({
      items: ["Heat therapy: Moderate evidence of benefit", "Cold water immersion: Moderate evidence of benefit"],
    });
  });

  it("explains unknown, duplicate and surplus slugs instead of failing", () => {
    const c = buildComparison({ tools: "ice-tub,ICE-TUB,ice-tbu,heat-pad,warm-blanket,nope,<script>" }, fixtures);
    expect(c.items.map((i) => i.slug)).toEqual(["ice-tub", "heat-pad", "warm-blanket"]);
    expect(c.notices).toEqual([
      { value: "ICE-TUB", reason: "was listed more than once; it is shown once" },
      { value: "ice-tbu", reason: 'is not a tool we cover (did you mean "ice-tub"?)' },
      { value: "nope", reason: "is not a tool we cover" },
      { value: "<script>", reason: "is not a tool we cover" },
    ]);
  });

  it("compares at most four", () => {
    const real = getCatalog();
    const slugs = real.tools.slice(0, 6).map((t) => t.slug);
    const c = buildComparison({ tools: slugs.join(",") }, real);
    expect(c.items).toHaveLength(4);
    expect(c.notices.map((n) => n.value)).toEqual(slugs.slice(4));
    expect(c.notices[0].reason).toBe("was left out: up to 4 can be compared at once");
  });

  it("shortens very long values in notices", () => {
    const c = buildComparison({ tools: "x".repeat(5000) }, fixtures);
    expect(c.notices[0].value).toHaveLength(61);
  });
});

describe("buildComparison for methods", () => {
  it("compares grades, cost, time, dose, risks and tools", () => {
    const c = buildComparison({ modalities: ["cold-water-immersion", "heat-therapy"] }, fixtures);
    expect(c.kind).toBe("modalities");
    expect(c.rows.map((r) => r.key)).toEqual(expect.arrayContaining(["evidence-soreness", "evidence-adaptation", "tools"]));
    const tools = c.rows.find((r) => r.key === "tools")!;
    expect(tools.cells[0]).toEqual({
      links: [
        { href: "/tools/heat-pad", label: "Heat Pad" },
        { href: "/tools/ice-tub", label: "Ice Tub" },
      ],
    });
  });

  it("ignores methods when tools are asked for too, and says so", () => {
    const c = buildComparison({ tools: "ice-tub,heat-pad", modalities: "heat-therapy" }, fixtures);
    expect(c.kind).toBe("tools");
    expect(c.notices[0]).toEqual({ value: "modalities", reason: "was ignored: compare tools or methods, not both at once" });
  });

  it("is empty, with no error, when nothing is asked for", () => {
    expect(buildComparison({}, fixtures)).toEqual({ kind: "none", items: [], rows: [], notices: [] });
  });
});

describe("links and titles", () => {
  it("builds the shareable URL and a title naming what is compared", () => {
    expect(compareHref("tools", ["normatec-3", "rapid-reboot"])).toBe("/compare/tools/normatec-3/rapid-reboot");
    expect(compareHref("modalities", ["sleep", "massage", "elevation", "nutrition"])).toBe("/compare/modalities/sleep/massage/elevation/nutrition");
    // Too few to compare: the compare page's form, which asks for more.
    expect(compareHref("tools", ["normatec-3"])).toBe("/compare?tools=normatec-3");
    expect(comparisonTitle(buildComparison({ tools: "ice-tub,heat-pad" }, fixtures))).toBe("Compare Ice Tub vs Heat Pad");
  });

  it("suggests only comparisons whose articles all exist", () => {
    expect(suggestedComparisons(fixtures)).toEqual([]);
    expect(suggestedComparisons(getCatalog())[0]).toEqual({
      href: "/compare/tools/normatec-3/rapid-reboot",
      label: "Normatec 3 vs Rapid Reboot recovery boots",
    });
  });
});

describe("method comparison evidence", () => {
  it("cites the references each grade rests on", () => {
    const c = buildComparison({ modalities: "cold-water-immersion,sleep" }, getCatalog());
    const soreness = c.rows.find((r) => r.key === "evidence-soreness")!;
    expect(soreness.cells[0]!.text).toMatch(/^Moderate evidence of benefit\. .+ \(Machado 2016; .+\)$/);
  });
});

describe("compare URLs", () => {
  it("tidies a form submission into the short URL, and leaves a tidy one alone", () => {
    const formQuery = { tools: ["ice-tub", "heat-pad", "", ""] };
    expect(canonicalRedirect(formQuery, buildComparison(formQuery, fixtures))).toBe("/compare/tools/ice-tub/heat-pad");
    const tidy = { tools: "ice-tub,heat-pad" };
    expect(canonicalRedirect(tidy, buildComparison(tidy, fixtures))).toBeUndefined();
    const withNotice = { tools: ["ice-tub", "nope"] };
    expect(canonicalRedirect(withNotice, buildComparison(withNotice, fixtures))).toBeUndefined();
  });

  it("gives each column its article link and a link to the comparison without it", () => {
    expect(compareColumns(buildComparison({ modalities: "heat-therapy,cold-water-immersion" }, fixtures))).toEqual([
      { slug: "heat-therapy", title: "Heat therapy", href: "/modalities/heat-therapy", removeHref: "/compare?modalities=cold-water-immersion" },
      { slug: "cold-water-immersion", title: "Cold water immersion", href: "/modalities/cold-water-immersion", removeHref: "/compare?modalities=heat-therapy" },
    ]);
  });
});
