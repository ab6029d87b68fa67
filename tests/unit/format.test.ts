import { describe, expect, it } from "vitest";
import { formatDate, formatEffect, formatList, formatMoney, formatPrice, formatRange } from "@/lib/catalog/format";

describe("formatting", () => {
  it("formats calendar dates without shifting them by time zone", () => {
    expect(formatDate("2026-01-01")).toBe("January 1, 2026");
  });

  it("formats a source dated only to a month as that month, without inventing a day", () => {
    expect(formatDate("2024-06")).toBe("June 2024");
    expect(formatDate("2026-01")).toBe("January 2026");
  });

  it("formats prices and price ranges in their currency", () => {
    expect(formatPrice({ amount: 799, currency: "USD" })).toBe("$799");
    expect(formatPrice({ amount: 44.95, currency: "GBP" })).toBe("£44.95");
    expect(formatPrice({ amount: 20, upTo: 50, currency: "USD" })).toBe("$20–$50");
  });

  it("joins lists as the site's prose does, with no comma before the last item", () => {
    expect(formatList(["easy run"])).toBe("easy run");
    expect(formatList(["easy run", "long run"])).toBe("easy run and long run");
    expect(formatList(["easy run", "long run", "race"], "or")).toBe("easy run, long run or race");
  });

  it("formats ranges, collapsing equal ends", () => {
    expect(formatRange({ min: 10, max: 15 }, "min")).toBe("10–15 min");
    expect(formatRange({ min: 30, max: 30 }, "min")).toBe("30 min");
  });

  it("writes an amount in each market's currency as readers there know it", () => {
    expect(formatMoney(349, "GBP")).toBe("£349");
    expect(formatMoney(39, "EUR")).toBe("€39");
    expect(formatMoney(69, "AUD")).toBe("A$69");
    expect(formatMoney(225, "CAD")).toBe("CA$225");
    expect(formatMoney(1299.5, "USD")).toBe("$1,299.50");
  });

  it("states a result as the study does, with a true minus sign, its unit or percent, and its CI when it has one", () => {
    expect(formatEffect({ measure: "smd", effect: -0.5, ci: [-0.8, -0.2] })).toBe("standardised mean difference −0.5 (95% CI −0.8 to −0.2)");
    expect(formatEffect({ measure: "mean-difference", effect: -0.29, unit: "points on a 10-point scale" })).toBe("mean difference −0.29 points on a 10-point scale");
    expect(formatEffect({ measure: "percent-change", effect: -7.56, ci: [-11.9, -3.13] })).toBe("percent change −7.56% (95% CI −11.9 to −3.13)");
    expect(formatEffect({ measure: "odds-ratio", effect: 0.1, ci: [0.04, 0.25] })).toBe("odds ratio 0.1 (95% CI 0.04 to 0.25)");
  });
});
