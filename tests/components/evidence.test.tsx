// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EvidenceSummary } from "@/components/EvidenceSummary";
import { GradeBadge } from "@/components/GradeBadge";
import { ReferenceList } from "@/components/ReferenceList";
import { fixtureCatalog } from "./fixtures";

const cwi = fixtureCatalog.modality("cold-water-immersion")!;
const cited = fixtureCatalog.studiesCitedBy("modalities", cwi.slug);

describe("GradeBadge", () => {
  it("states the grade in words and hides the bars from assistive technology", () => {
    const { container } = render(<GradeBadge grade="harm" />);
    expect(screen.getByText("Evidence of harm or blunted gains")).toBeVisible();
    expect(container.querySelector(".grade__bars")).toHaveAttribute("aria-hidden", "true");
  });

  it("fills more bars for stronger grades", () => {
    const count = (grade: "strong" | "limited" | "insufficient") => {
      const { container, unmount } = render(<GradeBadge grade={grade} />);
      const n = container.querySelectorAll(".grade__bar--on").length;
      unmount();
      return n;
    };
    expect([count("strong"), count("limited"), count("insufficient")]).toEqual([4, 2, 0]);
  });
});

describe("EvidenceSummary", () => {
  it("shows one row per outcome with its grade, summary and citations linked to the reference list", () => {
    render(<EvidenceSummary evidence={cwi.evidence} studies={cited} />);
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "Muscle soreness (DOMS)",
      "Perceived fatigue and recovery",
      "Next-session performance",
      "Long-term training adaptation",
    ]);
    expect(within(rows[0]).getByText("Moderate evidence of benefit")).toBeInTheDocument();
    expect(within(rows[0]).getByRole("link", { name: "Machado 2016" })).toHaveAttribute("href", "#ref-machado-2016");
    expect(within(rows[1]).queryByRole("link")).toBeNull();
    expect(screen.getByRole("link", { name: "How we grade the evidence" })).toHaveAttribute("href", "/guides/methodology");
    expect(screen.getByText("What the grades mean")).toBeInTheDocument();
    expect(screen.getByText(/blunted the gains training is meant to bring/)).toBeInTheDocument();
  });
});

describe("ReferenceList", () => {
  it("lists each study with authors, year, title, venue, its page here and a DOI link, anchored for citations", () => {
    const { container } = render(<ReferenceList studies={cited} />);
    const item = container.querySelector("#ref-machado-2016")!;
    expect(item).toHaveTextContent("Machado AF, et al. (2016).");
    expect(item).toHaveTextContent("Sports Medicine 46(4):503-514");
    expect(item).toHaveTextContent("Meta-analysis");
    const links = within(item as HTMLElement).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/studies/machado-2016", "https://doi.org/10.1007/s40279-015-0431-7"]);
  });

  it("renders nothing when there are no references", () => {
    const { container } = render(<ReferenceList studies={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
