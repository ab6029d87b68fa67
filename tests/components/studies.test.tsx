// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StudyArticle } from "@/components/StudyArticle";
import { StudyIndex } from "@/components/StudyIndex";
import { citationsOf, studyRows } from "@/lib/catalog/studies";
import { siteCatalog } from "../fixtures/catalogs";
import { fixtureCatalog as catalog } from "./fixtures";

describe("StudyArticle", () => {
  const study = catalog.study("machado-2016")!;

  it("says what the work is, whom it studied and how much evidence it pools", () => {
    render(<StudyArticle study={study} citations={citationsOf(catalog, study.slug)} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(study.title);
    expect(screen.getByText("Meta-analysis (9 studies, 239 participants), active adults")).toBeInTheDocument();
    const crumbs = screen.getByRole("navigation", { name: "Breadcrumb" });
    expect(within(crumbs).getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual(["/", "/studies"]);
    expect(within(crumbs).getByText("Machado 2016")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /doi:10.1007/ })).toHaveAttribute("href", "https://doi.org/10.1007/s40279-015-0431-7");
  });

  it("gives each result with its measure, 95% CI and the study's own certainty rating", () => {
    render(<StudyArticle study={study} citations={citationsOf(catalog, study.slug)} />);
    const row = within(screen.getByRole("table")).getAllByRole("row")[1];
    expect(within(row).getByRole("rowheader")).toHaveTextContent("Muscle soreness (DOMS)");
    expect(row).toHaveTextContent("mean difference −0.29 points on a 10-point scale (95% CI −0.5 to −0.08)");
    expect(row).toHaveTextContent("low certainty");
  });

  it("gives a review's overall certainty among its facts and beside each result that has no rating of its own", () => {
    const site = siteCatalog();
    const dupuy = site.study("dupuy-2018")!;
    render(<StudyArticle study={{ ...dupuy, certainty: "low" }} citations={citationsOf(site, dupuy.slug)} />);
    expect(screen.getByText("Certainty overall (the study's own rating)").nextElementSibling).toHaveTextContent(/^Low certainty$/);
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.lastElementChild).toHaveTextContent(/^low certainty overall$/);
  });

  it("says a result is not rated when neither it nor the study gives a certainty", () => {
    const site = siteCatalog();
    const dupuy = site.study("dupuy-2018")!;
    render(<StudyArticle study={dupuy} citations={citationsOf(site, dupuy.slug)} />);
    expect(screen.queryByText("Certainty overall (the study's own rating)")).not.toBeInTheDocument();
    expect(within(screen.getByRole("table")).getAllByRole("row")[1].lastElementChild).toHaveTextContent(/^Not rated$/);
  });

  it("lists every published page that cites it, and which grades of a method rest on it", () => {
    render(<StudyArticle study={study} citations={citationsOf(catalog, study.slug)} />);
    const methods = screen.getByRole("region", { name: "Methods" });
    const items = within(methods).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("a")!.getAttribute("href"))).toEqual(["/modalities/cold-water-immersion", "/modalities/heat-therapy"]);
    expect(items[0]).toHaveTextContent("(evidence for: muscle soreness (DOMS))");
  });

  it("names a result about something other than a graded outcome, such as safety, and states a ratio as the study does", () => {
    const site = siteCatalog();
    const clarke = site.study("clarke-2016")!;
    render(<StudyArticle study={clarke} citations={citationsOf(site, clarke.slug)} />);
    const row = within(screen.getByRole("table")).getAllByRole("row")[1];
    expect(within(row).getByRole("rowheader")).toHaveTextContent("Safety");
    expect(row).toHaveTextContent("odds ratio 0.1 (95% CI 0.04 to 0.25)");
    expect(row).toHaveTextContent("high certainty");
  });

  it("says so when no published page cites it", () => {
    render(<StudyArticle study={study} citations={[]} />);
    expect(screen.getByText("No published page cites it at the moment.")).toBeInTheDocument();
  });
});

describe("StudyIndex", () => {
  it("tables every study, sorted by the chosen column, with links to the other orders", () => {
    render(<StudyIndex rows={studyRows(catalog, "kind")} sort="kind" />);
    const table = screen.getByRole("table", { name: /1 study or source, sorted by kind/ });
    expect(within(table).getByRole("columnheader", { name: "Kind" })).toHaveAttribute("aria-sort", "ascending");
    expect(within(table).getAllByRole("link").map((a) => a.textContent)).toEqual(["Year (sort by year)", "Population (sort by population)", "Machado 2016"]);
    expect(within(table).getByRole("link", { name: /sort by year/ })).toHaveAttribute("href", "/studies");
    expect(within(table).getByRole("link", { name: /sort by population/ })).toHaveAttribute("href", "/studies/by/population");
    const row = within(table).getAllByRole("row")[1];
    expect(row).toHaveTextContent("Machado 2016");
    expect(row).toHaveTextContent("2 pages");
  });
});
