import { describe, expect, it } from "vitest";
import { BAR_STEPS, barStep, figureOf, moneyFigure, rowBars } from "@/lib/catalog/bars";

describe("barStep", () => {
  it("gives the largest value the whole track and the others their share, to the nearest step", () => {
    expect(BAR_STEPS).toBe(20);
    expect(barStep(10, 10)).toBe(20);
    expect(barStep(5, 10)).toBe(10);
    expect(barStep(0.9, 1.6)).toBe(11); // 11.25
    expect(barStep(299, 349)).toBe(17); // 17.13
    expect(barStep(1, 3)).toBe(7); // 6.67
  });

  it("shows any positive value as at least one step, and nothing as none", () => {
    expect(barStep(1, 1000)).toBe(1);
    expect(barStep(0, 10)).toBe(0);
  });

  it("never draws past the track or backwards, whatever it is given", () => {
    expect(barStep(12, 10)).toBe(20);
    expect(barStep(-3, 10)).toBe(0);
    expect(barStep(3, 0)).toBe(0);
    expect(barStep(Number.NaN, 10)).toBe(0);
    expect(barStep(5, Number.NaN)).toBe(0);
  });

  it("takes another number of steps", () => {
    expect(barStep(1, 2, 10)).toBe(5);
  });
});

describe("rowBars", () => {
  it("scales every figure of a row to the row's largest, ranges to their top end", () => {
    expect(rowBars([{ low: 1.6, high: 1.6 }, { low: 0.9, high: 0.9 }])).toEqual([
      { low: 20, high: 20 },
      { low: 11, high: 11 },
    ]);
    // $299–$349, $20–$50 and $149: the top of the first range is the scale's end
    expect(rowBars([{ low: 299, high: 349 }, { low: 20, high: 50 }, { low: 149, high: 149 }])).toEqual([
      { low: 17, high: 20 },
      { low: 1, high: 3 },
      { low: 9, high: 9 },
    ]);
  });

  it("leaves a cell with no figure without a bar, and a zero with an empty track", () => {
    expect(rowBars([{ low: 0, high: 40 }, undefined, { low: 0, high: 0 }])).toEqual([{ low: 0, high: 20 }, undefined, { low: 0, high: 0 }]);
  });

  it("draws nothing for a row with fewer than two figures: a bar compares", () => {
    expect(rowBars([{ low: 799, high: 799 }, undefined])).toBeUndefined();
    expect(rowBars([undefined, undefined])).toBeUndefined();
    expect(rowBars([])).toBeUndefined();
  });
});

describe("figureOf", () => {
  it("reads a number or a range in a unit where length means amount", () => {
    expect(figureOf(1.6, "kg")).toEqual({ low: 1.6, high: 1.6 });
    expect(figureOf({ min: 20, max: 110 }, "mmHg")).toEqual({ low: 20, high: 110 });
    expect(figureOf(5, "count")).toEqual({ low: 5, high: 5 });
    expect(figureOf({ min: 10, max: 15 }, "min")).toEqual({ low: 10, high: 15 });
  });

  it("refuses temperatures and decibels, where a bar twice as long would not mean twice as much", () => {
    expect(figureOf(3, "°C")).toBeUndefined();
    expect(figureOf(65, "dB")).toBeUndefined();
  });

  it("refuses what is not a number: words, yes or no, a missing value or unit", () => {
    expect(figureOf("Firm", "kg")).toBeUndefined();
    expect(figureOf(true, "kg")).toBeUndefined();
    expect(figureOf(undefined, "min")).toBeUndefined();
    expect(figureOf(4, undefined)).toBeUndefined();
    expect(figureOf(Number.POSITIVE_INFINITY, "kg")).toBeUndefined();
  });
});

describe("moneyFigure", () => {
  it("reads a price or a price range", () => {
    expect(moneyFigure(799)).toEqual({ low: 799, high: 799 });
    expect(moneyFigure(299, 349)).toEqual({ low: 299, high: 349 });
  });
});
