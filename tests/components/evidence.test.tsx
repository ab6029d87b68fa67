// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChangeLog } from "@/components/ChangeLog";
import { EvidenceSummary, WhyThisGrade } from "@/components/EvidenceSummary";
import { ForestPlot, wrapWords } from "@/components/ForestPlot";
import { GradeBadge } from "@/components/GradeBadge";
import { glyphAt, glyphParts } from "@/components/GradeGlyph";
import { GradeScale } from "@/components/GradeScale";
import { ReferenceList } from "@/components/ReferenceList";
import { modalityEvidence, outcomeEvidence, type ForestPoint } from "@/lib/catalog/evidence";
import { GRADING_RULES } from "@/lib/catalog/grading";
import { GRADES, GRADE_LABELS, type Grade } from "@/lib/content/vocabulary";
import { siteCatalog } from "../fixtures/catalogs";
import { fixtureCatalog } from "./fixtures";

// The fixture site's grades are listed in tests/fixtures/site/README.md.
const site = siteCatalog();
const cwi = site.modality("cold-water-immersion")!;
const percussion = site.modality("percussion-massage")!;
const ruleFor = (grade: Grade) => GRADING_RULES.find((r) => r.grade === grade)!.when;

describe("GradeBadge", () => {
  it("states the grade in words and hides its shape from assistive technology", () => {
    const { container } = render(<GradeBadge grade="harm" />);
    expect(screen.getByText("Evidence of harm or blunted gains")).toBeVisible();
    expect(container.querySelector("svg.glyph")).toHaveAttribute("aria-hidden", "true");
  });

  it("gives every grade a shape of its own, so no grade depends on colour to be told apart", () => {
    const shapes = GRADES.map((grade) => {
      const { container, unmount } = render(<GradeBadge grade={grade} />);
      const svg = container.querySelector("svg.glyph")!.innerHTML;
      unmount();
      return svg;
    });
    expect(new Set(shapes).size).toBe(GRADES.length);
  });

  it("moves a shape by its first point", () => {
    expect(glyphAt("M8 2a6 6 0 1 1 0 12z", 10, 20.5)).toBe("M18 22.5a6 6 0 1 1 0 12z");
  });

  it("draws every shape from one absolute move and relative steps, so glyphAt can place it anywhere (the home page's picture)", () => {
    for (const grade of GRADES) {
      for (const [d] of glyphParts(grade)) {
        expect(d.slice(1), `${grade}: ${d}`).not.toMatch(/[A-Z]/);
        expect(glyphAt(d, 10, 20).slice(d.indexOf("M") + 1)).not.toBe(d.slice(1));
      }
    }
  });

  it("leaves the shape out in compact form but keeps the words", () => {
    const { container } = render(<GradeBadge grade="moderate" compact />);
    expect(container.querySelector("svg")).toBeNull();
    expect(screen.getByText("Moderate evidence of benefit")).toBeVisible();
  });
});

describe("GradeScale", () => {
  it("lists every grade with the condition the grading rule applies for it, so the scale and the grades cannot disagree", () => {
    const { container } = render(<GradeScale />);
    const rows = [...container.querySelectorAll(".grade-scale__row")];
    expect(rows.map((r) => r.querySelector("dt")!.textContent)).toEqual(GRADES.map((g) => GRADE_LABELS[g]));
    expect(rows.map((r) => r.querySelector("dd")!.textContent)).toEqual(GRADES.map(ruleFor));
  });
});

describe("EvidenceSummary", () => {
  const view = () => render(<EvidenceSummary outcomes={modalityEvidence(cwi)} />);

  it("shows one row per outcome with its computed grade, its summary and a link to why", () => {
    view();
    const table = screen.getAllByRole("table")[0];
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "Muscle soreness (DOMS)",
      "Perceived fatigue and recovery",
      "Next-session performance",
      "Long-term strength and muscle gains",
      "Long-term endurance gains",
    ]);
    expect(rows.map((r) => r.querySelector(".grade__label")!.textContent)).toEqual([
      "Limited evidence of benefit",
      "Moderate evidence of benefit",
      "Conflicting evidence",
      "Evidence of harm or blunted gains",
      "Studied: no benefit found",
    ]);
    expect(rows[3]).toHaveTextContent("Regular dips after strength training reduced gains in strength and muscle.");
    expect(rows.map((r) => within(r).getByRole("link", { name: "Why this grade" }).getAttribute("href"))).toEqual([
      "#why-soreness",
      "#why-fatigue",
      "#why-performance",
      "#why-strength-gains",
      "#why-endurance-gains",
    ]);
  });

  it("has a why-this-grade disclosure at each anchor the table links to, and links the methodology", () => {
    const { container } = view();
    // Each anchor sits inside its disclosure, so following a link to it opens the disclosure.
    const anchors = [...container.querySelectorAll("details.why")].map((d) => d.querySelector("[id^=why-]")!.id);
    expect(anchors).toEqual(["why-soreness", "why-fatigue", "why-performance", "why-strength-gains", "why-endurance-gains"]);
    expect(screen.getByRole("link", { name: "How every grade is computed" })).toHaveAttribute("href", "/guides/methodology");
    expect(screen.getByText("What the grades mean")).toBeInTheDocument();
  });
});

describe("WhyThisGrade", () => {
  it("names the grade, prints the rule that decided it and tables every study weighed", () => {
    const { container } = render(<WhyThisGrade evidence={outcomeEvidence(cwi, "strength-gains")} />);
    const details = container.querySelector("details")!;
    expect(details.querySelector("#why-strength-gains")).toHaveTextContent("The rule that decided it:");
    expect(details.querySelector("summary")).toHaveTextContent("Why “evidence of harm or blunted gains” for long-term strength and muscle gains");
    expect(screen.getByText("The rule that decided it:").parentElement).toHaveTextContent(ruleFor("harm"));
    // the rule's own term, said where it is read, with the full method a link away
    expect(details).toHaveTextContent("The deciding studies are the counted reviews, or the counted trials when no review measured the outcome. The whole rule; what the numbers mean.");
    expect(within(details).getByRole("link", { name: "The whole rule" })).toHaveAttribute("href", "/guides/methodology#grading-rule");
    expect(within(details).getByRole("link", { name: "what the numbers mean" })).toHaveAttribute("href", "/guides/methodology#reading-the-numbers");
    const table = screen.getByRole("table", { name: /The studies weighed for long-term strength and muscle gains/ });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["Malta 2021", "Roberts 2015"]);
    expect(within(rows[0]).getByRole("link", { name: "Malta 2021" })).toHaveAttribute("href", "/studies/malta-2021");
    expect(rows[0]).toHaveTextContent("Meta-analysis; mixed: athletes and untrained people");
    expect(rows[0]).toHaveTextContent("standardised mean difference −0.6 (95% CI −0.87 to −0.33), a moderate effect");
    expect(rows[1]).toHaveTextContent("no pooled number"); // the trial's entry names no result
    // the review decides; the trial beside it counts in the rule's other conditions
    expect(rows.map((r) => r.lastElementChild!.textContent)).toEqual(["Yes, deciding", "Yes"]);
  });

  it("shows a study that is not counted, says why, and counts the studies in runners or endurance athletes", () => {
    render(<WhyThisGrade evidence={outcomeEvidence(percussion, "soreness")} />);
    const table = screen.getByRole("table");
    expect(table.querySelector("caption")).toHaveTextContent(
      "The studies weighed for muscle soreness (DOMS); 1 of those counted studied runners or endurance athletes",
    );
    const rows = within(table).getAllByRole("row").slice(1);
    // no counted review, so the trials decide
    expect(rows.map((r) => r.lastElementChild!.textContent)).toEqual(["Yes, deciding", "Yes, deciding", "No: patients, not people recovering from exercise"]);
    expect(rows[2]).toHaveTextContent("Meta-analysis; patients (clinical)");
    // the rule reads the trial's overall certainty, so the reader sees it too
    expect(rows[1].querySelector("td:nth-of-type(3)")).toHaveTextContent(/^no pooled number; low certainty overall$/);
    expect(rows[2]).toHaveTextContent("Clinical back pain, not soreness after exercise.");
    expect(screen.getByText("The rule that decided it:").parentElement).toHaveTextContent(ruleFor("limited"));
  });

  it("draws the studies that report a standardised effect with a CI, and only those", () => {
    const { container } = render(<WhyThisGrade evidence={outcomeEvidence(percussion, "soreness")} />);
    expect(screen.getByRole("img", { name: /^Muscle soreness \(DOMS\): each study's effect/ })).toBeInTheDocument();
    expect([...container.querySelectorAll(".forest__label")].map((t) => t.textContent)).toEqual(["Okafor 2022"]);
  });

  it("says so when no study measured the outcome, with no table or chart", () => {
    const { container } = render(<WhyThisGrade evidence={outcomeEvidence(percussion, "fatigue")} />);
    expect(container.querySelector("summary")).toHaveTextContent("Why “not enough evidence” for perceived fatigue and recovery");
    expect(screen.getByText("No study listed here measured this outcome.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
  });
});

describe("ForestPlot", () => {
  const points: ForestPoint[] = [
    { label: "Benefit 2020", effect: 0.5, low: 0.2, high: 0.8, counted: true },
    { label: "Harm 2021", effect: -0.6, low: -0.9, high: -0.3, counted: true },
    { label: "Patients 2022", effect: 0.4, low: -0.1, high: 0.9, counted: false },
  ];
  const one = [{ points }];
  // Positions across are percentages of the figure's width, so the chart fits any screen.
  const at = (el: Element, attr: string) => {
    const value = el.getAttribute(attr)!;
    expect(value).toMatch(/^-?[\d.]+%$/);
    return parseFloat(value);
  };
  const lines = (el: Element) => [...el.querySelectorAll("tspan")].map((t) => t.textContent);

  it("says when a study's signs are reversed so benefit is to the right, and otherwise that the table holds the same numbers", () => {
    const turned = render(<ForestPlot groups={[{ points: [{ ...points[0], turned: true }] }]} title="Soreness" />).container;
    expect(turned.querySelector("figcaption")).toHaveTextContent("its signs are reversed here so that benefit is always to the right");
    expect(turned.querySelector("svg")!.getAttribute("aria-label")).toMatch(/signs are reversed/);
    const plain = render(<ForestPlot groups={one} title="Strength" />).container;
    expect(plain.querySelector("figcaption")).not.toHaveTextContent("reversed");
    expect(plain.querySelector("svg")!.getAttribute("aria-label")).toMatch(/The table below lists the same numbers/);
  });

  it("draws one row per point, each with its label, interval and effect, and marks points that are not counted", () => {
    const { container } = render(<ForestPlot groups={one} title="Soreness" />);
    const rows = [...container.querySelectorAll("g.forest__row")];
    expect(rows).toHaveLength(3);
    expect(rows.map((g) => g.querySelector(".forest__label")!.textContent)).toEqual(["Benefit 2020", "Harm 2021", "Patients 2022"]);
    expect(rows.map((g) => g.classList.contains("forest__row--not-counted"))).toEqual([false, false, true]);
    expect(rows.map((g) => g.querySelectorAll(".forest__ci").length)).toEqual([1, 1, 1]);
    expect(container.querySelector(".forest__group")).toBeNull();
  });

  it("draws a vertical line at zero with benefit to its right and harm to its left, inside the figure's width", () => {
    const { container } = render(<ForestPlot groups={one} title="Soreness" />);
    const zero = container.querySelector(".forest__zero")!;
    expect(at(zero, "x1")).toBe(at(zero, "x2"));
    // drawn beside each interval only, from below its name's baseline, so it never strikes through a name
    const segments = [...container.querySelectorAll(".forest__zero")];
    const rowsDrawn = [...container.querySelectorAll("g.forest__row")];
    expect(segments).toHaveLength(rowsDrawn.length);
    segments.forEach((segment, i) => {
      const ci = Number(rowsDrawn[i].querySelector(".forest__ci")!.getAttribute("y1"));
      const baseline = Number(rowsDrawn[i].querySelector(".forest__label")!.getAttribute("y"));
      expect(at(segment, "x1")).toBe(at(zero, "x1"));
      expect(Number(segment.getAttribute("y1"))).toBeGreaterThan(baseline);
      expect(Number(segment.getAttribute("y1"))).toBeLessThan(ci);
      expect(Number(segment.getAttribute("y2"))).toBeGreaterThan(ci);
    });
    const [benefit, harm, crossing] = [...container.querySelectorAll("g.forest__row")];
    const centre = (g: Element) => at(g.querySelector(".forest__effect")!, "x");
    expect(centre(benefit)).toBeGreaterThan(at(zero, "x1"));
    expect(centre(harm)).toBeLessThan(at(zero, "x1"));
    const ci = crossing.querySelector(".forest__ci")!;
    expect(at(ci, "x1")).toBeLessThan(at(zero, "x1"));
    expect(at(ci, "x2")).toBeGreaterThan(at(zero, "x1"));
    const ticks = [...container.querySelectorAll(".forest__tick")];
    expect(ticks.map((t) => t.textContent)).toEqual(["−1", "−0.5", "0", "0.5", "1"]);
    expect(ticks.every((t) => at(t, "x") > 0 && at(t, "x") < 100)).toBe(true);
    expect(container.querySelector("svg")).not.toHaveAttribute("viewBox");
    expect(container.querySelector("figure")).not.toHaveAttribute("tabindex");
  });

  it("puts each group's points under its heading and note, in order, each row lower than the one before", () => {
    const groups = [
      { title: "Cold water immersion", note: "Limited evidence of benefit", points: points.slice(0, 2) },
      { title: "Supplements: tart cherry, chocolate milk and curcumin", note: "Conflicting evidence", points: points.slice(2) },
    ];
    const { container } = render(<ForestPlot groups={groups} title="Soreness" />);
    const headings = [...container.querySelectorAll("g.forest__group")];
    expect(headings.map((g) => lines(g.querySelector(".forest__group-title")!))).toEqual([
      ["Cold water immersion"],
      ["Supplements: tart cherry, ", "chocolate milk and curcumin"],
    ]);
    expect(headings.map((g) => g.querySelector(".forest__aside")!.textContent)).toEqual(["Limited evidence of benefit", "Conflicting evidence"]);
    const drawn = [...container.querySelectorAll("g.forest__group, g.forest__row")];
    expect(drawn.map((g) => g.querySelector("text")!.textContent)).toEqual([
      "Cold water immersion",
      "Benefit 2020",
      "Harm 2021",
      "Supplements: tart cherry, chocolate milk and curcumin",
      "Patients 2022",
    ]);
    const tops = drawn.map((g) => Number(g.querySelector("text")!.getAttribute("y")));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(tops.length);
  });

  it("is one image with a label for assistive technology, captioned in print", () => {
    render(<ForestPlot groups={one} title="Soreness" />);
    const image = screen.getByRole("img");
    expect(image.tagName.toLowerCase()).toBe("svg");
    expect(image).toHaveAttribute("aria-label", expect.stringMatching(/^Soreness: each study's effect with its 95% confidence interval; benefit is to the right/));
    expect(screen.getByRole("figure")).toHaveTextContent(/Soreness: standardised effect/);
  });

  it("draws nothing when there are no points, and no heading for a group without any", () => {
    expect(render(<ForestPlot groups={[]} title="Soreness" />).container).toBeEmptyDOMElement();
    expect(render(<ForestPlot groups={[{ title: "Sleep", points: [] }]} title="Soreness" />).container).toBeEmptyDOMElement();
    const { container } = render(<ForestPlot groups={[{ title: "Sleep", points: [] }, { title: "Massage", points }]} title="Soreness" />);
    expect([...container.querySelectorAll(".forest__group-title")].map((t) => t.textContent)).toEqual(["Massage"]);
  });

  it("keeps a group's note when it has no title", () => {
    const { container } = render(<ForestPlot groups={[{ note: "Limited evidence of benefit", points }]} title="Soreness" />);
    expect(container.querySelector(".forest__group-title")).toBeNull();
    expect(container.querySelector(".forest__aside")).toHaveTextContent("Limited evidence of benefit");
  });
});

describe("wrapWords", () => {
  it("breaks a name at spaces into lines no longer than the width, keeping a longer word whole", () => {
    expect(wrapWords("Supplements: tart cherry, chocolate milk and curcumin", 34)).toEqual(["Supplements: tart cherry,", "chocolate milk and curcumin"]);
    expect(wrapWords("Pneumatic compression (recovery boots)", 34)).toEqual(["Pneumatic compression (recovery", "boots)"]);
    expect(wrapWords("Dupuy 2018", 34)).toEqual(["Dupuy 2018"]);
    expect(wrapWords("Hypercalifragilistic word", 10)).toEqual(["Hypercalifragilistic", "word"]);
    expect(wrapWords("  spaced   out  ", 34)).toEqual(["spaced out"]);
  });
});

describe("ChangeLog", () => {
  it("lists an article's corrections newest first, each with its date", () => {
    render(<ChangeLog changes={cwi.changes} />);
    const section = screen.getByRole("region", { name: "Corrections and updates" });
    const list = within(section).getByRole("list");
    expect(list).toHaveAttribute("reversed");
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("time")!.getAttribute("datetime"))).toEqual(["2026-11-20", "2026-08-01"]);
    expect(items[0]).toHaveTextContent(
      "November 20, 2026: Long-term gains split into strength and endurance; regular cold water blunts the first and leaves the second unchanged.",
    );
    expect(items[1]).toHaveTextContent("August 1, 2026: Soreness regraded from moderate to limited");
  });

  it("renders nothing for an article that has never been corrected", () => {
    const { container } = render(<ChangeLog changes={site.modality("sleep")!.changes} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("ReferenceList", () => {
  const machado = fixtureCatalog.studiesCitedBy("modalities", "cold-water-immersion");

  it("lists each study with authors, year, title, venue, its page here and a DOI link, anchored for citations", () => {
    const { container } = render(<ReferenceList studies={machado} />);
    const item = container.querySelector("#ref-machado-2016")!;
    expect(item).toHaveTextContent("Machado AF, et al. (2016).");
    expect(item).toHaveTextContent("Sports Medicine 46(4):503-514");
    expect(item).toHaveTextContent("Meta-analysis");
    const links = within(item as HTMLElement).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/studies/machado-2016", "https://doi.org/10.1007/s40279-015-0431-7"]);
  });

  it("lists the studies a method's evidence cites along with its reference list", () => {
    const { container } = render(<ReferenceList studies={site.studiesCitedBy("modalities", cwi.slug)} />);
    expect([...container.querySelectorAll("[id^=ref-]")].map((li) => li.id)).toEqual([
      "ref-machado-2016",
      "ref-dupuy-2018",
      "ref-roberts-2015",
      "ref-wiewelhove-2018",
      "ref-malta-2021",
    ]);
  });

  it("renders nothing when there are no references", () => {
    const { container } = render(<ReferenceList studies={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
