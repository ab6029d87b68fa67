// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CompareTable } from "@/components/CompareTable";
import type { Catalog } from "@/lib/catalog/catalog";
import { buildComparison, compareColumns } from "@/lib/catalog/compare";
import { siteCatalog } from "../fixtures/catalogs";
import { fixtureCatalog } from "./fixtures";

function renderComparison(tools: string, catalog: Catalog = fixtureCatalog) {
  const c = buildComparison({ tools }, catalog);
  return render(<CompareTable caption="Tools compared" columns={compareColumns(c)} rows={c.rows} />);
}

describe("CompareTable", () => {
  it("has a caption, one column header per tool and one row header per attribute", () => {
    renderComparison("ice-tub,heat-pad");
    const table = screen.getByRole("table", { name: "Tools compared" });
    expect(within(table).getAllByRole("columnheader").map((h) => within(h).getAllByRole("link")[0].textContent)).toEqual([
      "Ice Tub",
      "Heat Pad",
    ]);
    expect(within(table).getByRole("rowheader", { name: /^Brand$/ })).toBeInTheDocument();
  });

  it("marks rows that differ in words, not only colour", () => {
    renderComparison("ice-tub,heat-pad");
    const methods = screen.getByRole("rowheader", { name: /Methods it delivers/ });
    expect(methods).toHaveTextContent("(differs)");
    expect(methods.closest("tr")).toHaveClass("differs");
    expect(screen.getByRole("rowheader", { name: /^Brand$/ }).closest("tr")).not.toHaveClass("differs");
  });

  it("offers a labelled link to remove each tool", () => {
    renderComparison("ice-tub,heat-pad");
    expect(screen.getByRole("link", { name: "Remove Ice Tub from the comparison" })).toHaveAttribute("href", "/compare?tools=heat-pad");
  });

  it("says where one tool has no price in a market the other is priced in, and hides rows no tool has", () => {
    renderComparison("ice-tub,foam-roller", siteCatalog());
    const price = screen.getByRole("rowheader", { name: /^Price, United States \(US\$\)/ }).closest("tr")!;
    const cells = within(price).getAllByRole("cell");
    expect(cells[0]).toHaveTextContent("No price found in this market");
    expect(cells[1]).toHaveTextContent("$20–$50, according to Prices at three sports shops (retailer listing, October 20, 2026)");
    // one price row per market a tool is priced in; neither is priced in the UK
    expect(screen.getAllByRole("rowheader", { name: /^Price/ })).toHaveLength(1);
    expect(screen.queryByRole("rowheader", { name: /^Pressure/ })).toBeNull();
  });

  it("shows each tool's bench holes in words, and marks a bench row that differs", () => {
    renderComparison("air-relief-boots,travel-boots", siteCatalog());
    const pressure = screen.getByRole("rowheader", { name: /^Pressure range/ });
    expect(pressure).toHaveTextContent("(differs)");
    expect(within(pressure.closest("tr")!).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "20–110 mmHg, according to Airwave user manual (maker's page or manual, November 2, 2026)",
      "Not published by the maker",
    ]);
    const noise = screen.getByRole("rowheader", { name: /^Noise/ });
    expect(noise).not.toHaveTextContent("(differs)");
    expect(within(noise.closest("tr")!).getAllByRole("cell").map((c) => c.textContent)).toEqual(["Not found in any source", "Not found in any source"]);
  });

  it("is a focusable scroll region so keyboard users can scroll it sideways", () => {
    renderComparison("ice-tub,heat-pad");
    const region = screen.getByRole("region", { name: "Tools compared" });
    expect(region).toHaveAttribute("tabindex", "0");
  });
});
