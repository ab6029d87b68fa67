// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import GuidePage from "@/app/guides/[slug]/page";
import { GuideArticle } from "@/components/GuideArticle";
import { PlanTimeline } from "@/components/PlanTimeline";
import { planData } from "@/lib/catalog/plan-data";
import { emptyWeek, type PlanInput } from "@/lib/catalog/plan-input";
import { GENERAL_TIMELINE_CAPTION, generalTimeline } from "@/lib/catalog/plan-timeline";
import { makePlan, type SessionPlan } from "@/lib/catalog/planner";
import { GRADE_LABELS } from "@/lib/content/vocabulary";
import { siteCatalog } from "../fixtures/catalogs";

// A week on the fixture site (tests/fixtures/site/planner.md): strength Thursday evening, whose
// plan skips cold water, and a long run Saturday morning.
const days = emptyWeek();
days.thu = [{ kind: "strength", time: "evening" }];
days.sat = [{ kind: "long", time: "morning" }];
const input: PlanInput = { start: "2026-12-07", days, minutes: 30, setting: "home", market: "US", budget: "any", owned: [], areas: [] };
const plan = makePlan(input, planData(siteCatalog()));
const sessionOn = (day: string): SessionPlan => plan.days.find((d) => d.day === day)!.sessions[0];
const longRun = sessionOn("sat");
const strength = sessionOn("thu");

const svgOf = (img: HTMLElement) => img as unknown as SVGSVGElement;
// Labels keep a method's minutes on its line with no-break spaces; read them as spaces.
const drawnText = (svg: SVGSVGElement) => [...svg.querySelectorAll("text")].map((t) => (t.textContent ?? "").replace(/\u00a0/g, " "));

describe("PlanTimeline", () => {
  it("draws the long run's 48 hours as an image named by its title and description", () => {
    render(<PlanTimeline heading="After the long run" session={longRun} />);
    const figure = screen.getByRole("figure", { name: "After the long run" });
    const img = within(figure).getByRole("img", { name: /^After the long run A timeline of the 48 hours after the long run, which ends in the morning/ });
    const svg = svgOf(img);
    const [titleId, descId] = svg.getAttribute("aria-labelledby")!.split(" ");
    expect(svg.querySelector("title")).toHaveAttribute("id", titleId);
    expect(svg.querySelector("desc")).toHaveAttribute("id", descId);
    // Every window has its band, and the nights are shaded and named.
    const text = drawnText(svg);
    expect(text).toEqual(expect.arrayContaining(["Within 30 minutes", "The same evening", "The next morning", "The next day", "Night", "0 h", "48 h"]));
    expect(text.filter((t) => t === "Night")).toHaveLength(2);
  });

  it("places every suggestion in the picture and in the list beside it, with its window and grade", () => {
    const suggestions = longRun.windows.flatMap((w) => w.suggestions.map((s) => ({ window: w.label, s })));
    expect(suggestions.map(({ window, s }) => `${window}: ${s.method.slug}`)).toEqual([
      "Within 30 minutes: nutrition",
      "The same evening: sleep",
      "The same evening: cold-water-immersion",
    ]);
    render(<PlanTimeline heading="After the long run" session={longRun} />);
    const text = drawnText(svgOf(screen.getByRole("img")));
    const list = screen.getByRole("list", { name: "What to do when, after the long run" });
    const windows = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === list);
    expect(windows.map((li) => li.querySelector("strong")!.textContent)).toEqual(["Within 30 minutes", "The same evening", "The next morning", "The next day"]);
    for (const { window, s } of suggestions) {
      expect(text).toContain(s.minutes > 0 ? `${s.method.title} · ${s.minutes} min` : s.method.title);
      const item = windows.find((li) => li.querySelector("strong")!.textContent === window)!;
      const link = within(item).getByRole("link", { name: s.method.title });
      expect(link).toHaveAttribute("href", s.method.href);
      const entry = link.closest("li")!;
      expect(entry).toHaveTextContent(GRADE_LABELS[s.grade]);
      // jsdom's accessible names drop the space that opens the hidden span; browsers keep it.
      expect(within(entry).getByRole("link", { name: new RegExp(`^why this grade ?for ${s.method.title}$`) })).toHaveAttribute("href", s.why);
    }
    expect(windows[2]).toHaveTextContent("The next morning: nothing planned.");
  });

  it("marks a skip as a skip, struck through in the picture and in words in the list", () => {
    expect(strength.skips.map((k) => k.method?.slug)).toEqual(["cold-water-immersion"]);
    render(<PlanTimeline heading="After strength work" session={strength} />);
    const svg = svgOf(screen.getByRole("img"));
    expect(drawnText(svg)).toContain("Skip: Cold water immersion");
    expect(svg.querySelector('tspan[text-decoration="line-through"]')).toHaveTextContent("Cold water immersion");
    expect(svg.querySelector(".plan-timeline__skip-mark")).not.toBeNull();
    const skips = screen.getByRole("list", { name: "What to skip after the strength session" });
    const item = within(skips).getByRole("listitem");
    expect(item).toHaveTextContent(/^Skip cold water immersion: Regular cold water after strength work blunted strength gains\./);
    expect(item).toHaveTextContent(GRADE_LABELS.harm);
    expect(within(item).getByRole("link", { name: "cold water immersion" })).toHaveAttribute("href", "/modalities/cold-water-immersion");
  });

  // Titles as long as the real site's, which wrap beside their marker.
  const refuel = longRun.windows[0].suggestions[0];
  const longTitles: SessionPlan = {
    ...longRun,
    windows: [
      { ...longRun.windows[0], suggestions: [{ ...refuel, method: { ...refuel.method, title: "Refueling after runs: carbohydrate, protein and fluid" } }] },
      longRun.windows[1],
      { window: "next-day", label: "The next day", suggestions: [{ ...refuel, minutes: 5, method: { ...refuel.method, title: "Active recovery and easy cross-training" } }] },
    ],
  };

  it.each([
    ["the long run", longRun],
    ["strength work", strength],
    ["a session whose methods have long titles", longTitles],
  ])("keeps its text 12px or larger on a 360px phone and every label inside the drawing, after %s", (_, session) => {
    render(<PlanTimeline heading="After the session" session={session} />);
    const svg = svgOf(screen.getByRole("img"));
    const [, , width] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    const font = Number(svg.getAttribute("font-size"));
    // 360px less the page's 1rem padding each side.
    expect((font * 328) / width).toBeGreaterThanOrEqual(12);
    // Every line of text, with where it is anchored (a wrapped label's lines are tspans of one text).
    for (const t of svg.querySelectorAll("text[x], tspan[x]")) {
      const x = Number(t.getAttribute("x"));
      const reach = (t.textContent ?? "").length * font * 0.56;
      const anchor = t.getAttribute("text-anchor") ?? t.closest("text")!.getAttribute("text-anchor") ?? "start";
      const [left, right] = anchor === "end" ? [x - reach, x] : anchor === "middle" ? [x - reach / 2, x + reach / 2] : [x, x + reach];
      expect(left, t.textContent!).toBeGreaterThanOrEqual(0);
      expect(right, t.textContent!).toBeLessThanOrEqual(width);
    }
  });

  it("says so in a sentence when nothing is planned after the session", () => {
    render(<PlanTimeline heading="After an easy run" session={{ label: "Easy run", time: "morning", windows: [], skips: [] }} />);
    expect(screen.getByText("Nothing is planned in the 48 hours after this session.")).toBeInTheDocument();
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryByRole("figure")).toBeNull();
  });
});

describe("the general timeline on a guide", () => {
  const catalog = siteCatalog();
  const guide = catalog.guide("choosing-recovery-boots")!;
  const article = (timeline?: SessionPlan) => (
    <GuideArticle guide={{ ...guide, planTimeline: true }} modalities={[]} tools={[]} studies={[]} timeline={timeline} />
  );

  it("renders the figure after the body when the guide asks for it", () => {
    render(article(generalTimeline(planData(catalog))));
    const section = screen.getByRole("region", { name: "The 48 hours after a hard session" });
    const figure = within(section).getByRole("figure", { name: GENERAL_TIMELINE_CAPTION });
    expect(within(figure).getByRole("img", { name: new RegExp(`^${GENERAL_TIMELINE_CAPTION} A timeline of the 48 hours after the long run, which ends in the morning`) })).toBeInTheDocument();
    expect(within(figure).getByRole("link", { name: "Nutrition" })).toHaveAttribute("href", "/modalities/nutrition");
  });

  it("renders nothing of it when the site has no plan to show", () => {
    render(article(undefined));
    expect(screen.queryByRole("region", { name: "The 48 hours after a hard session" })).toBeNull();
  });

  it("is left off the guide pages that do not ask for it", async () => {
    render(await GuidePage({ params: Promise.resolve({ slug: "methodology" }) } as never));
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "The 48 hours after a hard session" })).toBeNull();
  });
});
