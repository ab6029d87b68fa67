import { describe, expect, it } from "vitest";
import { formatDate, formatEffect, formatPrice, formatRange, formatSource, specRows } from "@/lib/catalog/format";

describe("formatting", () => {
  it("formats calendar dates without shifting them by time zone", () => {
    expect(formatDate("2026-01-01")).toBe("January 1, 2026");
  });

  it("formats prices and price ranges in their currency", () => {
    expect(formatPrice({ amount: 799, currency: "USD" })).toBe("$799");
    expect(formatPrice({ amount: 44.95, currency: "GBP" })).toBe("£44.95");
    expect(formatPrice({ amount: 20, upTo: 50, currency: "USD" })).toBe("$20–$50");
  });

  it("formats ranges, collapsing equal ends", () => {
    expect(formatRange({ min: 10, max: 15 }, "min")).toBe("10–15 min");
    expect(formatRange({ min: 30, max: 30 }, "min")).toBe("30 min");
  });

  it("lists only published specs, in the order readers weigh them", () => {
    const rows = specRows({
      source: "Maker",
      sourceKind: "maker",
      sourceDate: "2026-11-23",
      batteryMinutes: 150,
      weightKg: 1.3,
      sessionMinutes: { min: 15, max: 60 },
      app: false,
    });
    expect(rows).toEqual([
      { label: "Session length", value: "15–60 min" },
      { label: "Weight", value: "1.3 kg (2.9 lb)" },
      { label: "Battery life", value: "150 min" },
      { label: "App", value: "No" },
    ]);
  });

  it("credits a figure to its source, the kind of source and the source's own date, or n.d. when it shows none", () => {
    expect(formatSource({ source: "Airwave store", sourceKind: "maker", sourceDate: "2026-11-02" })).toBe("Airwave store (maker's page or manual, November 2, 2026)");
    expect(formatSource({ source: "Three shops", sourceKind: "retailer", sourceDate: "n.d." })).toBe("Three shops (retailer listing, n.d.)");
    expect(formatSource({ source: "FDA 510(k)", sourceKind: "regulator", sourceDate: "2024-01-31" })).toBe("FDA 510(k) (regulator record, January 31, 2024)");
  });

  it("states a result as the study does, with a true minus sign, its unit or percent, and its CI when it has one", () => {
    expect(formatEffect({ measure: "smd", effect: -0.5, ci: [-0.8, -0.2] })).toBe("standardised mean difference −0.5 (95% CI −0.8 to −0.2)");
    expect(formatEffect({ measure: "mean-difference", effect: -0.29, unit: "points on a 10-point scale" })).toBe("mean difference −0.29 points on a 10-point scale");
    expect(formatEffect({ measure: "percent-change", effect: -7.56, ci: [-11.9, -3.13] })).toBe("percent change −7.56% (95% CI −11.9 to −3.13)");
    expect(formatEffect({ measure: "odds-ratio", effect: 0.1, ci: [0.04, 0.25] })).toBe("odds ratio 0.1 (95% CI 0.04 to 0.25)");
  });
});
