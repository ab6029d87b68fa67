// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ModalityArticle } from "@/components/ModalityArticle";
import { PriceLine } from "@/components/PriceLine";
import { SpecTable } from "@/components/SpecTable";
import { ToolArticle } from "@/components/ToolArticle";
import { siteCatalog } from "../fixtures/catalogs";
import { fixtureCatalog as catalog } from "./fixtures";

describe("ModalityArticle", () => {
  const cwi = catalog.modality("cold-water-immersion")!;

  it("has one h1, a breadcrumb trail, a table of contents and the sanitized body", () => {
    render(<ModalityArticle modality={cwi} tools={catalog.toolsForModality(cwi.slug)} studies={catalog.studiesCitedBy("modalities", cwi.slug)} />);
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["Cold water immersion"]);
    const crumbs = screen.getByRole("navigation", { name: "Breadcrumb" });
    expect(within(crumbs).getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual(["/", "/modalities"]);
    const toc = screen.getByRole("navigation", { name: "On this page" });
    expect(within(toc).getByRole("link", { name: "What the research shows" })).toHaveAttribute("href", "#what-the-research-shows");
    expect(screen.getByRole("heading", { level: 2, name: "What the research shows" })).toHaveAttribute("id", "what-the-research-shows");
  });

  it("links the tools that deliver it", () => {
    render(<ModalityArticle modality={cwi} tools={catalog.toolsForModality(cwi.slug)} studies={catalog.studiesCitedBy("modalities", cwi.slug)} />);
    const section = screen.getByRole("heading", { name: "Tools we review for this method" }).parentElement!;
    expect(within(section).getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual([
      "/tools/heat-pad",
      "/tools/ice-tub",
      "/compare/tools/heat-pad/ice-tub",
      "/compare?modalities=cold-water-immersion",
    ]);
    expect(within(section).getByRole("link", { name: "Compare these tools side by side" })).toBeInTheDocument();
  });
});

describe("ToolArticle", () => {
  const pad = catalog.tool("heat-pad")!;
  const view = () =>
    render(
      <ToolArticle
        tool={pad}
        modalities={catalog.modalitiesForTool(pad.slug)}
        related={catalog.relatedTools(pad.slug)}
        alternative={catalog.alternativeFor(pad.slug)}
        studies={catalog.studiesCitedBy("tools", pad.slug)}
      />,
    );

  it("links the modalities it delivers, with their soreness grade", () => {
    view();
    const section = screen.getByRole("heading", { name: "What it delivers" }).nextElementSibling as HTMLElement;
    expect(within(section).getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual([
      "/modalities/heat-therapy",
      "/modalities/cold-water-immersion",
    ]);
    // both rest on one meta-analysis that rates its own evidence low
    expect(within(section).getAllByText("Limited evidence of benefit")).toHaveLength(2);
  });

  it("lists related tools and links the cheaper alternative", () => {
    view();
    const related = screen.getByRole("heading", { name: "Related tools" }).parentElement!;
    expect(within(related).getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual([
      "/tools/ice-tub",
      "/tools/warm-blanket",
      "/compare/tools/heat-pad/ice-tub",
      "/compare/tools/heat-pad/warm-blanket",
      "/compare/tools/heat-pad/ice-tub/warm-blanket",
    ]);
    expect(within(related).getByRole("link", { name: "Compare Heat Pad with Ice Tub" })).toBeInTheDocument();
    const alt = screen.getByRole("heading", { name: "Cheaper or free alternative" }).nextElementSibling as HTMLElement;
    expect(within(alt).getByRole("link", { name: "Cold water immersion" })).toHaveAttribute("href", "/modalities/cold-water-immersion");
  });

  it("says plainly when the price and specs are not published", () => {
    view();
    expect(screen.getByText("Price: no published price was found.")).toBeInTheDocument();
    expect(screen.getByText("No published specs were found, so none are shown.")).toBeInTheDocument();
  });
});

describe("PriceLine and SpecTable", () => {
  it("shows a price with who published it, linked, what kind of source that is, and the source's own date", () => {
    render(<PriceLine price={{ amount: 799, currency: "USD", source: "Maker's store", sourceKind: "maker", sourceDate: "2026-11-02", url: "https://example.com/p" }} />);
    expect(screen.getByText("$799")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Maker's store" })).toHaveAttribute("href", "https://example.com/p");
    expect(screen.getByText("November 2, 2026")).toHaveAttribute("datetime", "2026-11-02");
    expect(screen.getByText(/according to/).closest("p")).toHaveTextContent("$799 according to Maker's store (maker's page or manual, November 2, 2026).");
  });

  it('says "n.d." when the source shows no date, never a day it was read, and names the source without a link when it has no URL', () => {
    const vibeBall = siteCatalog().tool("vibe-ball")!;
    const { container } = render(<PriceLine price={vibeBall.price} />);
    expect(container.querySelector("time")).toBeNull();
    expect(screen.getByText("n.d.")).toHaveAttribute("title", "no date");
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.querySelector(".price")).toHaveTextContent("€39 according to Pulseworks EU store (maker's page or manual, n.d.).");
  });

  it("says plainly when there is no published price", () => {
    render(<PriceLine price={undefined} />);
    expect(screen.getByText("Price: no published price was found.")).toBeInTheDocument();
  });

  it("shows only published specs as a description list, with the kind and date of their source", () => {
    render(<SpecTable specs={{ source: "Review", sourceKind: "review", sourceDate: "2026-11-23", sessionMinutes: { min: 15, max: 60 }, app: true }} />);
    const terms = screen.getAllByRole("term").map((t) => t.textContent);
    expect(terms).toEqual(["Session length", "App"]);
    expect(screen.getByText(/A spec not listed was not found in a published source/)).toHaveTextContent(
      "Source: Review (editorial review, November 23, 2026). A spec not listed was not found in a published source.",
    );
  });

  it("credits specs whose source shows no date as n.d.", () => {
    render(<SpecTable specs={{ source: "Spec sheet", sourceKind: "maker", sourceDate: "n.d.", weightKg: 1 }} />);
    expect(screen.getByText(/^Source:/)).toHaveTextContent("Source: Spec sheet (maker's page or manual, n.d.).");
  });
});
