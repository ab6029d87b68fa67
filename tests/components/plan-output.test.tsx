// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PlanOutput } from "@/components/PlanOutput";
import { planPage } from "@/lib/catalog/plan-page";
import { siteCatalog } from "../fixtures/catalogs";

const site = siteCatalog();
const today = new Date("2026-12-02T12:00:00Z");
const shown = (query: Record<string, string | string[]>) => {
  const { plan, notices } = planPage(query, today, site);
  return render(<PlanOutput plan={plan} notices={notices} />);
};

describe("PlanOutput", () => {
  it("gives the week's recovery time in minutes, and says no extra time rather than 0 minutes", () => {
    const { plan } = planPage({ week: "2026-12-07", sat: "long", minutes: "30" }, today, site);
    expect(plan.minutes).toBeGreaterThan(0);
    shown({ week: "2026-12-07", sat: "long", minutes: "30" });
    expect(screen.getByText(/The week’s recovery/)).toHaveTextContent(`The week’s recovery takes about ${plan.minutes} minutes, sleep not counted.`);
  });

  it("says a week whose suggestions cost no time needs no extra time", () => {
    const { plan } = planPage({ week: "2026-12-07", wed: "easy", minutes: "0" }, today, site);
    expect(plan.minutes).toBe(0);
    shown({ week: "2026-12-07", wed: "easy", minutes: "0" });
    const summary = screen.getByText(/The week’s recovery/);
    expect(summary).toHaveTextContent("The week’s recovery needs no extra time, sleep not counted.");
    expect(summary).not.toHaveTextContent("0 minutes");
  });

  it("meets a week with no sessions with a way in, not seven rest days and an empty calendar", () => {
    shown({ week: "2026-12-07", setting: "home", market: "uk" });
    expect(screen.getByRole("heading", { name: "Your recovery week" })).toBeInTheDocument();
    expect(screen.getByText(/Your week has no sessions yet/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "a typical week" })).toHaveAttribute("href", "#presets-heading");
    expect(screen.queryByRole("link", { name: /calendar/ })).toBeNull();
    expect(screen.queryByText(/Rest day/)).toBeNull();
  });

  it("shows a week with a race near it as it is, even with no sessions: the race's days and advice are the plan", () => {
    shown({ week: "2026-12-07", race: "2026-12-13" });
    expect(screen.queryByText(/Your week has no sessions yet/)).toBeNull();
    expect(screen.getAllByText(/days? to your race|Race day/).length).toBeGreaterThan(0);
    expect(screen.getByRole("link", { name: /calendar/ })).toBeInTheDocument();
  });

  it("plans the race on an empty race day, saying where it came from, instead of calling it a rest day", () => {
    const { container } = shown({ week: "2026-12-07", race: "2026-12-13" });
    const sunday = [...container.querySelectorAll(".plan-day")].find((d) => d.querySelector("h3")?.textContent?.startsWith("Sunday"))!;
    expect(sunday.querySelector("h3")).toHaveTextContent("Race day");
    expect(sunday).not.toHaveTextContent("Rest day");
    expect(sunday.querySelector("h4")).toHaveTextContent("Race, morning");
    expect(sunday).toHaveTextContent("Planned from your race date as a morning race. For another time of day, add the race to this day in the form.");
    expect(sunday.querySelector(".plan-window")).not.toBeNull();
  });

  it("lists what to check in the week above the plan, a race day with no race among them", () => {
    shown({ week: "2026-12-07", sun: "easy", race: "2026-12-13" });
    const notices = screen.getByRole("status");
    expect(notices).toHaveTextContent("Check these parts of your week");
    expect(notices).toHaveTextContent("2026-12-13 is Sunday, which lists no race: choose Race for Sunday so the plan works around it.");
  });
});
