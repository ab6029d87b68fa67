// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FinderResults } from "@/components/FinderResults";
import { runFinder } from "@/lib/catalog/finder";
import { siteCatalog } from "../fixtures/catalogs";

const site = siteCatalog();

describe("FinderResults", () => {
  it("marks a buying guide's pick beside its price and links the guide, naming it for screen readers", () => {
    const outcome = runFinder({ market: "uk" }, site);
    render(<FinderResults foundations={outcome.foundations} results={outcome.results} market="UK" />);
    const boots = screen.getByRole("link", { name: "Pneumatic compression" }).closest("li")!;
    const tools = within(boots).getByText(/^Tools:/);
    expect(tools.textContent).toBe("Tools: Air Relief Boots (£699) The pick for most runners in “The best compression boots for runners”, Travel Boots (£349) Budget pick in “The best compression boots for runners”");
    expect(within(boots).getByRole("link", { name: /^Budget pick/ }).getAttribute("href")).toBe("/tools/category/compression-boots");
  });

  it("leads each method with its best grade of the three the finder ranks by, named, and lists the reasons after it", () => {
    const outcome = runFinder({ market: "uk" }, site);
    render(<FinderResults foundations={outcome.foundations} results={outcome.results} market="UK" />);
    const cold = screen.getByRole("link", { name: "Cold water immersion" }).closest("li")!;
    const [badge, reasons] = within(cold).getAllByRole("paragraph");
    expect(badge).toHaveTextContent(/^Fatigue: .*Moderate evidence of benefit$/);
    expect(reasons).toHaveTextContent("may blunt strength gains if used after every strength session; 10–15 minutes a session; can be free.");
    const chamber = screen.getByRole("link", { name: "Cryotherapy chamber" }).closest("li")!;
    expect(within(chamber).getAllByRole("paragraph")[0]).toHaveTextContent(/^Soreness: .*Limited evidence of benefit$/);
    expect(chamber).toHaveTextContent("from $40 (a US price)");
  });

  it("leaves out the tool a guide says to skip", () => {
    const outcome = runFinder({}, site);
    render(<FinderResults foundations={outcome.foundations} results={outcome.results} market="US" />);
    const rolling = screen.getByRole("link", { name: "Foam rolling" }).closest("li")!;
    expect(within(rolling).queryByRole("link", { name: "Vibe Roller" })).toBeNull();
    expect(within(rolling).getByRole("link", { name: "Foam Roller" })).toBeTruthy();
  });
});
