import { describe, expect, it } from "vitest";
import { KeptPageBudget } from "@/lib/web/kept-page-budget";

describe("KeptPageBudget", () => {
  it("admits new pages until it is full, and always those it already admitted", () => {
    const budget = new KeptPageBudget(2);
    expect(budget.admit("/compare/tools/a/b")).toBe(true);
    expect(budget.hasRoomFor("/compare/tools/b/a")).toBe(true);
    expect(budget.admit("/compare/tools/b/a")).toBe(true);
    expect(budget.hasRoomFor("/compare/tools/a/c")).toBe(false);
    expect(budget.admit("/compare/tools/a/c")).toBe(false);
    expect(budget.hasRoomFor("/compare/tools/a/b")).toBe(true);
    expect(budget.admit("/compare/tools/a/b")).toBe(true);
  });

  it("takes no room when only asked", () => {
    const budget = new KeptPageBudget(1);
    expect(budget.hasRoomFor("/compare/tools/a/b")).toBe(true);
    expect(budget.admit("/compare/tools/b/a")).toBe(true);
  });
});
