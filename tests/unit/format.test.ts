import { describe, expect, it } from "vitest";
import { formatDate, formatPrice, formatRange, specRows } from "@/lib/catalog/format";

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
      checked: "2026-11-23",
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
});
