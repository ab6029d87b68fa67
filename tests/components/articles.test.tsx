// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ModalityArticle } from "@/components/ModalityArticle";
import { TableOfContents } from "@/components/TableOfContents";
import { ToolArticle } from "@/components/ToolArticle";
import { fixtureCatalog as catalog } from "./fixtures";
import { siteCatalog } from "../fixtures/catalogs";

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

describe("ModalityArticle's quick facts", () => {
  it("shows the risks line with each citation a link to its study, as the catalog linked it", () => {
    const site = siteCatalog();
    const boots = site.modality("pneumatic-compression")!;
    render(
      <ModalityArticle
        modality={boots}
        tools={site.toolsForModality(boots.slug)}
        studies={site.studiesCitedBy("modalities", boots.slug)}
      />,
    );
    const risks = screen.getByText("Main risks").nextElementSibling!;
    expect(risks).toHaveTextContent("Skip it with a blood clot, a leg infection or poor circulation (Clarke 2016; Okafor 2022).");
    expect(within(risks as HTMLElement).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Clarke 2016", "/studies/clarke-2016"],
      ["Okafor 2022", "/studies/okafor-2022"],
    ]);
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

  it("says plainly when no market has a published price", () => {
    view();
    expect(screen.getByText("No published price was found in any market.")).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: /^Price by market/ })).toBeNull();
  });

  it("shows every attribute of its category's bench: a sourced value with its source, or the hole in words", () => {
    view();
    expect(screen.getByRole("heading", { level: 3, name: "Test bench" })).toBeInTheDocument();
    const bench = screen.getByRole("table", { name: "The cold packs and wraps test bench: the same facts for every product of the kind" });
    const rows = within(bench).getAllByRole("row").slice(1);
    expect(rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent))).toEqual([
      ["How it cools", "Freezer gel", "Example Co product page (maker's page or manual, November 1, 2026)"],
      ["Compression", "Not published by the maker", "—"],
      ["Material", "Not found in any source", "—"],
    ]);
  });
});

describe("TableOfContents", () => {
  const entry = (id: string, depth: 2 | 3) => ({ id, text: `Heading ${id}`, depth });
  /** Each item of a list as its link text, or as [its link text, its sub-list] when it has one. */
  const outline = (list: HTMLElement): unknown[] =>
    [...list.children].map((li) => {
      const sub = li.querySelector(":scope > ol") as HTMLElement | null;
      const own = li.querySelector(":scope > a")!.textContent;
      return sub ? [own, outline(sub)] : own;
    });

  it("nests each h3 in a list inside its h2's item, so top-level items number 1, 2, 3; an h3 before any h2 stays on top", () => {
    render(<TableOfContents toc={[entry("intro", 3), entry("a", 2), entry("a1", 3), entry("a2", 3), entry("b", 2), entry("c", 2), entry("c1", 3)]} />);
    const nav = screen.getByRole("navigation", { name: "On this page" });
    const top = nav.querySelector(":scope > ol") as HTMLElement;
    expect(outline(top)).toEqual(["Heading intro", ["Heading a", ["Heading a1", "Heading a2"]], "Heading b", ["Heading c", ["Heading c1"]]]);
    expect(within(nav).getByRole("link", { name: "Heading a2" })).toHaveAttribute("href", "#a2");
    expect(within(nav).getAllByRole("link")).toHaveLength(7);
  });
});
