// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BenchTable } from "@/components/BenchTable";
import { MarketForm } from "@/components/MarketForm";
import { PriceTable } from "@/components/PriceTable";
import { ToolIndex } from "@/components/ToolIndex";
import { benchRows } from "@/lib/catalog/bench";
import { allPrices, firstYearCost } from "@/lib/catalog/markets";
import { toolIndex } from "@/lib/catalog/tool-index";
import { MARKETS, type Market } from "@/lib/content/vocabulary";
import { siteCatalog } from "../fixtures/catalogs";

// The fixture site's tools (tests/fixtures/site/tools), read as on this day, so that which prices
// are stale does not change as the calendar moves.
const NOW = new Date("2026-11-29T12:00:00Z");
const site = siteCatalog();
const tool = (slug: string) => site.tool(slug)!;
const cells = (row: HTMLElement) => [...row.querySelectorAll("th, td")].map((c) => c.textContent);

function renderPrices(slug: string) {
  const t = tool(slug);
  const firstYear: Partial<Record<Market, number>> = {};
  for (const m of MARKETS) {
    const cost = firstYearCost(t, m);
    if (cost !== undefined) firstYear[m] = cost;
  }
  return render(<PriceTable prices={allPrices(t, NOW)} firstYear={firstYear} runningNote={t.runningCosts?.note} />);
}

describe("PriceTable", () => {
  it("shows the price in every market the tool has one, each in its own currency, with its first-year cost and its source's kind and own date", () => {
    renderPrices("air-relief-boots");
    const table = screen.getByRole("table", { name: "Price by market, as each source gives it" });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Market", "Price", "First year with running costs", "Source"]);
    const [, us, uk] = within(table).getAllByRole("row");
    // $799 and $15 a year of electricity
    expect(cells(us)).toEqual(["United States (US$)", "$799", "$814", "Airwave online store (maker's page or manual, November 2, 2026)"]);
    expect(cells(uk)).toEqual([
      "United Kingdom (£)",
      "£699 The review's price for the boots and the pump. Possibly stale: the source is undated.",
      "Not known",
      "Runner's Kit UK review (editorial review, n.d.)",
    ]);
    expect(within(us).getByRole("link", { name: "Airwave online store" })).toHaveAttribute("href", "https://example.com/airwave/air-relief-boots");
    expect(within(us).getByText("November 2, 2026")).toHaveAttribute("datetime", "2026-11-02");
    expect(within(uk).getByText("n.d.")).toHaveAttribute("title", "no date");
    expect(screen.getByText(/^Running costs:/)).toHaveTextContent("Running costs: Electricity for charging; nothing else.");
  });

  it("flags only the prices whose source is more than a year old or undated", () => {
    renderPrices("vibe-ball");
    const [, eu, au] = within(screen.getByRole("table")).getAllByRole("row");
    expect(cells(eu)[0]).toBe("Eurozone (€)");
    expect(within(eu).getByText(/Possibly stale/)).toBeInTheDocument(); // its source shows no date
    expect(cells(au)).toEqual(["Australia (A$)", "A$69", "Not known", "Kit Bag Australia (retailer listing, October 21, 2026)"]);
    expect(within(au).queryByText(/Possibly stale/)).toBeNull();
  });

  it("flags a dated price more than a year old", () => {
    renderPrices("ice-tub-classic");
    const [, us] = within(screen.getByRole("table")).getAllByRole("row");
    expect(cells(us)[1]).toBe("$89 Clearance price. Possibly stale: the source is more than a year old.");
    expect(cells(us)[3]).toBe("Garden Outlet listing (retailer listing, March 15, 2024)");
  });

  it('says "No published price was found in any market." and still shows the running costs', () => {
    renderPrices("ice-tub");
    expect(screen.getByText("No published price was found in any market.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText(/^Running costs:/)).toHaveTextContent("Running costs: Bags of ice when the tap water is not cold enough.");
  });
});

describe("BenchTable", () => {
  it("has a row for every attribute of the bench, each hole labelled in words and marked, each value credited to its source", () => {
    const { container } = render(<BenchTable category="Rollers and balls" rows={benchRows(tool("vibe-ball"))} />);
    const table = screen.getByRole("table", { name: "The rollers and balls test bench: the same facts for every product of the kind" });
    expect(within(table).getAllByRole("row").slice(1).map(cells)).toEqual([
      ["Length", "Not published by the maker", "—"],
      ["Firmness", "Firm silicone", "Pulseworks spec sheet (maker's page or manual, October 21, 2026)"],
      ["Vibration", "Yes (Three speeds.)", "Pulseworks spec sheet (maker's page or manual, October 21, 2026)"],
      ["Weight", "Not found in any source", "—"],
      ["Material", "Silicone over a plastic shell", "Pulseworks spec sheet (maker's page or manual, October 21, 2026)"],
    ]);
    expect([...container.querySelectorAll("tr.bench__hole th")].map((th) => th.textContent)).toEqual(["Length", "Weight"]);
  });

  it("shows figures in both units, and a source of each kind", () => {
    render(<BenchTable category="Massage guns" rows={benchRows(tool("thump-gun"))} />);
    const row = (name: string) => screen.getByRole("rowheader", { name }).closest("tr")!;
    expect(cells(row("Amplitude (stroke)"))[1]).toBe("16 mm (0.63 in)");
    expect(cells(row("Weight"))[1]).toBe("1.3 kg (2.9 lb)");
    expect(cells(row("Noise"))).toEqual(["Noise", "65 dB (At the top speed, 1 m away.)", "Quiet Lab noise test (independent lab test, August 15, 2026)"]);
    expect(cells(row("Stall force"))).toEqual(["Stall force", "Not published by the maker", "—"]);
  });
});

describe("MarketForm", () => {
  it("is a plain GET form to /tools/market with a labelled choice of every market, the current one chosen", () => {
    const { container } = render(<MarketForm market="UK" />);
    const form = container.querySelector("form")!;
    expect(form).toHaveAttribute("method", "get");
    expect(form).toHaveAttribute("action", "/tools/market");
    const select = screen.getByRole("combobox", { name: /^Show prices in/ });
    expect(select).toHaveAttribute("name", "m");
    expect(select).toHaveValue("uk");
    expect(within(select).getAllByRole("option").map((o) => [o.getAttribute("value"), o.textContent])).toEqual([
      ["us", "United States (US$)"],
      ["uk", "United Kingdom (£)"],
      ["eu", "Eurozone (€)"],
      ["au", "Australia (A$)"],
      ["ca", "Canada (CA$)"],
    ]);
    expect(form).toContainElement(screen.getByRole("button", { name: "Show" }));
    expect(screen.getByRole("button", { name: "Show" })).toHaveAttribute("type", "submit");
  });
});

describe("ToolIndex", () => {
  it("lists every tool under its category, cheapest first in the chosen market, with that market's prices only", () => {
    const { container } = render(<ToolIndex groups={toolIndex(site, "UK")} market="UK" />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Recovery tools");
    expect(screen.getByText(/^Prices are shown for/)).toHaveTextContent("Prices are shown for United Kingdom (£)");
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["Compression boots", "Massage guns", "Cold plunges", "Rollers and balls"]);
    const boots = screen.getByRole("region", { name: "Compression boots" });
    expect(within(boots).getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual([
      "/tools/category/compression-boots", // the category's buying guide, with its picks
      "/tools/travel-boots",
      "/tools/air-relief-boots",
    ]);
    // every price on the page is in pounds; a tool priced only elsewhere says it has no UK price, and one with no price at all says nothing
    const metas = [...container.querySelectorAll(".card__meta")].map((m) => m.textContent);
    const none = "no price found for United Kingdom (£)";
    expect(metas).toEqual([
      "Airwave · £349",
      "Airwave · £699",
      `Pulseworks · ${none}`,
      "Chillcraft",
      `Chillcraft · ${none}`,
      `Various · ${none}`,
      `Pulseworks · ${none}`,
      `Pulseworks · ${none}`,
    ]);
    expect(metas.join(" ")).not.toMatch(/[$€]/);
    expect(screen.getByRole("combobox", { name: /^Show prices in/ })).toHaveValue("uk");
  });

  it("shows the default market's prices in dollars only", () => {
    const { container } = render(<ToolIndex groups={toolIndex(site, "US")} market="US" />);
    const metas = [...container.querySelectorAll(".card__meta")].map((m) => m.textContent);
    expect(metas.filter((m) => m!.includes(" · ") && !m!.includes("no price found"))).toEqual(["Airwave · $799", "Pulseworks · $299–$349", "Chillcraft · $89", "Various · $20–$50", "Pulseworks · $149"]);
    expect(metas.join(" ")).not.toMatch(/[£€]/);
    expect(screen.getByRole("combobox", { name: /^Show prices in/ })).toHaveValue("us");
  });
});
