// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import GuidesPage from "@/app/guides/page";
import ModalityPage from "@/app/modalities/[slug]/page";
import ModalitiesPage from "@/app/modalities/page";
import HomePage from "@/app/page";
import ToolPage from "@/app/tools/[slug]/page";
import ToolsPage from "@/app/tools/page";
import { getCatalog } from "@/lib/catalog/catalog";

const catalog = getCatalog();
const props = (slug: string) => ({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({}) });
const hrefs = () => screen.getAllByRole("link").map((a) => a.getAttribute("href"));

describe("index pages reach every article", () => {
  it("the modality index links every modality, grouped by category", () => {
    render(<ModalitiesPage />);
    expect(hrefs()).toEqual(expect.arrayContaining(catalog.modalities.map((m) => `/modalities/${m.slug}`)));
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(
      catalog.modalitiesByCategory().map((g) => g.label),
    );
  });

  it("the tool index links every tool", () => {
    render(<ToolsPage />);
    expect(hrefs()).toEqual(expect.arrayContaining(catalog.tools.map((t) => `/tools/${t.slug}`)));
  });

  it("the guide index links every guide", () => {
    render(<GuidesPage />);
    expect(hrefs()).toEqual(expect.arrayContaining(catalog.guides.map((g) => `/guides/${g.slug}`)));
  });

  it("the home page links every modality and the index pages", () => {
    render(<HomePage />);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(hrefs()).toEqual(expect.arrayContaining([...catalog.modalities.map((m) => `/modalities/${m.slug}`), "/tools", "/guides"]));
  });
});

describe("article routes", () => {
  it("render the article the slug names", async () => {
    render(await ModalityPage(props("cold-water-immersion")));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Cold water immersion");
    const tools = screen.getByRole("heading", { name: "Tools we review for this method" }).parentElement!;
    expect(within(tools).getByRole("link", { name: "Ice Barrel" })).toHaveAttribute("href", "/tools/ice-barrel");
  });

  it("answer an unknown slug with Next's not-found signal, never a crash", async () => {
    await expect(ModalityPage(props("no-such-thing"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(ToolPage(props("../../etc/passwd"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
