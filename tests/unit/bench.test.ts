import { describe, expect, it } from "vitest";
import { benchRows, formatBenchValue } from "@/lib/catalog/bench";
import type { AttributeKey } from "@/lib/content/benches";
import type { BenchCell } from "@/lib/content/schemas";
import { siteCatalog } from "../fixtures/catalogs";

const catalog = siteCatalog();
const tool = (slug: string) => catalog.tool(slug)!;

/** A sourced cell of a fixture tool (a hole has no value to format). */
function cell(slug: string, key: AttributeKey): Exclude<BenchCell, string> {
  const c = tool(slug).bench[key];
  if (c === undefined || typeof c === "string") throw new Error(`${slug} has no sourced ${key}`);
  return c;
}

describe("benchRows", () => {
  it("gives every attribute of the category's bench, in the bench's order, each sourced or an explicit hole", () => {
    const rows = benchRows(tool("air-relief-boots"));
    expect(rows.map((r) => [r.key, r.label, r.text, r.source?.title, r.hole])).toEqual([
      ["chambers", "Chambers per leg", "5", "Airwave user manual", undefined],
      ["pressureMmHg", "Pressure range", "20–110 mmHg", "Airwave user manual", undefined],
      ["pressureLevels", "Pressure levels", "Not published by the maker", undefined, "not-published"],
      ["sessionPresets", "Session presets", "15, 30 and 60 minutes", "Airwave user manual", undefined],
      ["batteryHours", "Battery life", "3 h", "Airwave user manual", undefined],
      ["weightKg", "Weight", "1.6 kg (3.5 lb)", "Airwave user manual", undefined],
      ["noiseDb", "Noise", "Not found in any source", undefined, "not-found"],
      ["app", "App", "Yes", "Airwave online store", undefined],
      ["travel", "Travel", "Carry-on case included", "Airwave online store", undefined],
    ]);
    expect(rows.find((r) => r.key === "weightKg")?.note).toBe("The pump alone.");
    expect(rows.find((r) => r.key === "weightKg")?.source).toEqual({
      title: "Airwave user manual",
      kind: "maker",
      date: "2026-11-02",
      url: "https://example.com/airwave/air-relief-boots/manual",
    });
  });

  it("follows the bench's order, not the order the file lists the cells in", () => {
    const classic = tool("ice-tub-classic");
    expect(Object.keys(classic.bench).slice(0, 2)).toEqual(["material", "weightKg"]);
    expect(benchRows(classic).map((r) => r.key)).toEqual(["capacityLitres", "lowestTempC", "chiller", "filtration", "weightKg", "material"]);
  });

  it("labels both kinds of hole, and tells them apart", () => {
    const ball = benchRows(tool("vibe-ball"));
    expect(ball.filter((r) => r.hole).map((r) => [r.key, r.hole, r.text])).toEqual([
      ["lengthCm", "not-published", "Not published by the maker"],
      ["weightKg", "not-found", "Not found in any source"],
    ]);
    for (const r of ball.filter((row) => row.hole)) expect(r.source).toBeUndefined();
  });

  it("shows an attribute missing from the data as not found rather than dropping the row", () => {
    // the schema refuses such a page; the row is kept anyway, so a comparison never loses a line
    const rows = benchRows({ ...tool("thump-gun"), bench: {} });
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.hole === "not-found" && r.text === "Not found in any source")).toBe(true);
  });
});

describe("formatBenchValue", () => {
  it("gives a weight in kg and lb", () => {
    expect(formatBenchValue("weightKg", cell("air-relief-boots", "weightKg"))).toBe("1.6 kg (3.5 lb)");
    expect(formatBenchValue("weightKg", cell("ice-tub-classic", "weightKg"))).toBe("9.5 kg (20.9 lb)");
    expect(formatBenchValue("weightKg", cell("travel-boots", "weightKg"))).toBe("0.9 kg (2 lb)");
  });

  it("gives a length in mm and inches, and in cm and inches", () => {
    expect(formatBenchValue("amplitudeMm", cell("thump-gun", "amplitudeMm"))).toBe("16 mm (0.63 in)");
    expect(formatBenchValue("lengthCm", cell("foam-roller", "lengthCm"))).toBe("45 cm (17.7 in)");
  });

  it("gives a capacity in litres and US gallons", () => {
    expect(formatBenchValue("capacityLitres", cell("ice-tub-classic", "capacityLitres"))).toBe("300 L (79 US gal)");
  });

  it("gives a temperature in °C and °F, offset as well as scaled", () => {
    expect(formatBenchValue("lowestTempC", cell("ice-tub-classic", "lowestTempC"))).toBe("3°C (37°F)");
    expect(formatBenchValue("lowestTempC", { value: 0, source: "manual" })).toBe("0°C (32°F)");
    expect(formatBenchValue("lowestTempC", { value: -5, source: "manual" })).toBe("-5°C (23°F)");
  });

  it("gives a range with its unit", () => {
    expect(formatBenchValue("pressureMmHg", cell("air-relief-boots", "pressureMmHg"))).toBe("20–110 mmHg");
  });

  it("gives a yes-no value in words", () => {
    expect(formatBenchValue("app", cell("air-relief-boots", "app"))).toBe("Yes");
    expect(formatBenchValue("app", cell("travel-boots", "app"))).toBe("No");
    expect(formatBenchValue("vibration", cell("vibe-roller", "vibration"))).toBe("Yes");
    expect(formatBenchValue("chiller", cell("ice-tub-classic", "chiller"))).toBe("No");
  });

  it("gives units with no other as they are, counts bare and with thousands separated, and text as written", () => {
    expect(formatBenchValue("percussionsPerMinute", cell("thump-gun", "percussionsPerMinute"))).toBe("2,400 per minute");
    expect(formatBenchValue("batteryHours", cell("thump-gun", "batteryHours"))).toBe("2.5 h");
    expect(formatBenchValue("noiseDb", cell("thump-gun", "noiseDb"))).toBe("65 dB");
    expect(formatBenchValue("chambers", cell("air-relief-boots", "chambers"))).toBe("5");
    expect(formatBenchValue("firmness", cell("vibe-roller", "firmness"))).toBe("Medium-firm ridged foam");
  });
});
