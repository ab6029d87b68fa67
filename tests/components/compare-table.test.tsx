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

  it("links the studies a cell cites, inside the cell's value", () => {
    renderComparison("air-relief-boots,foam-roller", siteCatalog());
    const safety = screen.getByRole("rowheader", { name: /^Safety/ }).closest("tr")!;
    const cell = within(safety).getAllByRole("cell")[0];
    expect(cell).toHaveTextContent("Skip it with a blood clot, a leg infection or poor circulation (Clarke 2016; Okafor 2022).");
    expect(within(cell).getByRole("link", { name: "Clarke 2016" })).toHaveAttribute("href", "/studies/clarke-2016");
    expect(within(cell).getByRole("link", { name: "Okafor 2022" })).toHaveAttribute("href", "/studies/okafor-2022");
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

  it("draws a decorative bar beside each number on rows of numbers, to the row's scale, and on no other row", () => {
    const { container } = renderComparison("air-relief-boots,travel-boots", siteCatalog());
    const rowOf = (name: RegExp) => screen.getByRole("rowheader", { name }).closest("tr")!;
    const barsIn = (el: Element) => [...el.querySelectorAll("svg.figure-bar")];
    const barred = [...container.querySelectorAll("tbody tr")].filter((tr) => barsIn(tr).length).map((tr) => tr.querySelector("th")!.firstChild!.textContent);
    expect(barred).toEqual(["Price, United Kingdom (£)", "Chambers per leg", "Battery life", "Weight", "Time per session"]);

    // one bar per cell that holds a number, hidden from assistive technology: the number says it
    const weight = within(rowOf(/^Weight/)).getAllByRole("cell");
    for (const cell of weight) {
      const [bar] = barsIn(cell);
      expect(bar).toHaveAttribute("aria-hidden", "true");
      expect(bar.querySelector("title")).toBeNull();
    }
    // 1.6 kg fills the track (100 units), 0.9 kg draws 11 of 20 steps
    const fill = (cell: Element) => cell.querySelector(".figure-bar__fill")?.getAttribute("width");
    expect(weight.map(fill)).toEqual(["100", "55"]);
    // the session lengths are ranges: solid to 20 min, lighter on to 60
    const session = within(rowOf(/^Time per session/)).getAllByRole("cell")[0];
    expect(fill(session)).toBe("35");
    expect(session.querySelector(".figure-bar__range")).toHaveAttribute("x", "35");
    expect(session.querySelector(".figure-bar__range")).toHaveAttribute("width", "65");

    // no bar where a cell has no number, nor on a row of words
    const pressure = within(rowOf(/^Pressure range/)).getAllByRole("cell");
    expect(pressure.flatMap(barsIn)).toEqual([]);
    expect(barsIn(rowOf(/^Noise/))).toEqual([]);
    expect(barsIn(rowOf(/^App/))).toEqual([]);
    // the value and its source read as one sentence; the source is set apart in smaller type
    expect(weight[0]).toHaveTextContent("1.6 kg (3.5 lb), according to Airwave user manual (maker's page or manual, November 2, 2026). The pump alone.");
    expect(weight[0].querySelector(".cell__source")).toHaveTextContent(/^, according to Airwave user manual/);
  });

  it("says it scrolls sideways, naming how many it compares", () => {
    renderComparison("air-relief-boots,travel-boots,thump-gun", siteCatalog());
    expect(screen.getByText(/Scroll the table sideways to see all 3 items/)).toBeInTheDocument();
  });

  it("is a focusable scroll region so keyboard users can scroll it sideways", () => {
    renderComparison("ice-tub,heat-pad");
    const region = screen.getByRole("region", { name: "Tools compared" });
    expect(region).toHaveAttribute("tabindex", "0");
  });
});
