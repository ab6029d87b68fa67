// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EvidenceMap } from "@/components/EvidenceMap";
import { evidenceMap } from "@/lib/catalog/evidence-map";
import { OUTCOMES } from "@/lib/content/vocabulary";
import { importAs, siteCatalog } from "../fixtures/catalogs";

const catalog = siteCatalog();
const headers = () => within(screen.getByRole("table", { name: /methods by outcome/ })).getAllByRole("columnheader").slice(1);

describe("EvidenceMap", () => {
  it("tables every method against every outcome, grouped by kind, each column heading a link to sort by it", () => {
    render(<EvidenceMap map={evidenceMap(catalog, "category")} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Evidence map");
    const table = screen.getByRole("table", { name: "7 methods by outcome, grouped by kind of method" });
    expect(within(table).getAllByRole("rowheader").map((th) => th.textContent)).toEqual(catalog.modalities.map((m) => m.title));
    expect(headers().map((th) => th.getAttribute("aria-sort"))).toEqual([null, null, null, null, null]);
    expect(headers().map((th) => within(th).getByRole("link").getAttribute("href"))).toEqual(OUTCOMES.map((o) => `/evidence/by/${o}`));
    expect(within(headers()[0]).getByRole("link")).toHaveTextContent("Soreness (sort by this outcome)");
    // the default order has no chart: charts compare one outcome
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("links each cell, named by its grade and outcome, to the why-this-grade disclosure on the method's page", () => {
    render(<EvidenceMap map={evidenceMap(catalog, "category")} />);
    const row = screen.getByRole("rowheader", { name: "Cold water immersion" }).closest("tr")!;
    const cells = within(row).getAllByRole("link").slice(1);
    expect(cells.map((a) => a.getAttribute("href"))).toEqual(OUTCOMES.map((o) => `/modalities/cold-water-immersion#why-${o}`));
    expect(cells[3]).toHaveAccessibleName("Evidence of harm or blunted gains: why, for long-term strength and muscle gains");
    expect(within(row).getByRole("link", { name: "Cold water immersion" })).toHaveAttribute("href", "/modalities/cold-water-immersion");
  });

  it("sorted by an outcome, marks that column as sorted (not a link) and offers the way back", () => {
    render(<EvidenceMap map={evidenceMap(catalog, "soreness")} />);
    const table = screen.getByRole("table", { name: /7 methods by outcome, strongest evidence of benefit for muscle soreness \(DOMS\) first/ });
    expect(headers().map((th) => th.getAttribute("aria-sort"))).toEqual(["descending", null, null, null, null]);
    expect(within(headers()[0]).queryByRole("link")).toBeNull();
    expect(within(table).getByRole("link", { name: "group by kind instead" })).toHaveAttribute("href", "/evidence");
    expect(within(table).getAllByRole("rowheader").map((th) => th.textContent)).toEqual(evidenceMap(catalog, "soreness").rows.map((r) => r.title));
  });

  it("sorted by an outcome, charts every study's effect, with the same numbers in a table", () => {
    const map = evidenceMap(catalog, "soreness");
    const { container } = render(<EvidenceMap map={map} />);
    expect(screen.getByRole("heading", { name: "Effect sizes for muscle soreness (DOMS)" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: /^Muscle soreness \(DOMS\): each study's effect/ })).toBeInTheDocument();
    const studies = map.plot.flatMap((g) => g.points.map((p) => `${g.title}: ${p.label}`));
    expect(container.querySelectorAll("g.forest__row")).toHaveLength(studies.length);
    expect([...container.querySelectorAll(".forest__group-title")].map((t) => t.textContent)).toEqual(map.plot.map((g) => g.title));
    const numbers = screen.getByRole("table", { name: /Standardised effects and 95% confidence intervals/ });
    const rows = within(numbers).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(studies);
    expect(rows[2]).toHaveTextContent("Cryotherapy chamber: Costello 20150.770.12 to 1.42Limited evidence of benefit");
  });

  it("writes negative numbers with a true minus sign", () => {
    render(<EvidenceMap map={evidenceMap(catalog, "strength-gains")} />);
    const numbers = screen.getByRole("table", { name: /Standardised effects/ });
    expect(within(numbers).getAllByRole("row")[1]).toHaveTextContent("Cold water immersion: Malta 2021−0.6−0.87 to −0.33Evidence of harm or blunted gains");
  });

  it("says so when no study of the outcome can be charted", () => {
    const map = { ...evidenceMap(catalog, "fatigue"), plot: [] };
    render(<EvidenceMap map={map} />);
    expect(screen.getByText(/No study of this outcome reports a standardised effect with a confidence interval/)).toBeInTheDocument();
    expect(screen.queryByRole("img")).toBeNull();
  });
});

describe("the evidence map routes", () => {
  afterEach(() => vi.unstubAllEnvs());
  const pages = () =>
    importAs("production", async () => ({
      index: (await import("@/app/evidence/page")).default,
      sorted: await import("@/app/evidence/by/[sort]/page"),
    }));
  const params = (sort: string) => ({ params: Promise.resolve({ sort }) }) as PageProps<"/evidence/by/[sort]">;

  it("prerender the default order and one page per outcome, and nothing else", async () => {
    const { sorted } = await pages();
    expect(sorted.generateStaticParams()).toEqual(OUTCOMES.map((sort) => ({ sort })));
    expect(sorted.dynamicParams).toBe(false);
  });

  it("render the map from the published catalog", async () => {
    const { index: Index, sorted } = await pages();
    render(<Index />);
    expect(screen.getByRole("table", { name: "7 methods by outcome, grouped by kind of method" })).toBeInTheDocument();
    render(await sorted.default(params("performance")));
    expect(screen.getByRole("table", { name: /strongest evidence of benefit for next-session performance first/ })).toBeInTheDocument();
  });

  it("answer an unknown order, or the default order's name, with Next's not-found signal", async () => {
    const { sorted } = await pages();
    await expect(sorted.default(params("adaptation"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(sorted.default(params("category"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await sorted.generateMetadata(params("adaptation"))).toEqual({});
    expect(await sorted.generateMetadata(params("soreness"))).toMatchObject({ title: expect.stringContaining("muscle soreness (DOMS)") });
  });
});
