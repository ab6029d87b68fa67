// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CategoryIcon, type Category } from "@/components/icons/CategoryIcon";
import { ModalityList } from "@/components/ModalityList";
import { ToolList } from "@/components/ToolList";
import { TOOL_CATEGORIES, TOOL_CATEGORY_SLUGS } from "@/lib/content/benches";
import { CATEGORY_LABELS, MODALITY_CATEGORIES } from "@/lib/content/vocabulary";
import { siteCatalog } from "../fixtures/catalogs";

const site = siteCatalog();
const CATEGORIES: readonly Category[] = [...MODALITY_CATEGORIES, ...TOOL_CATEGORY_SLUGS];

/** The drawing a category's icon renders, read from the page as a browser gets it. */
function drawing(category: Category): string | null {
  const { container, unmount } = render(<CategoryIcon category={category} />);
  const svg = container.querySelector("svg");
  expect(svg, category).not.toBeNull();
  // decorative: the category's name is always written beside it
  expect(svg).toHaveAttribute("aria-hidden", "true");
  expect(svg).toHaveAttribute("focusable", "false");
  expect(svg).toHaveAttribute("viewBox", "0 0 24 24");
  expect(svg).toHaveAttribute("stroke", "currentColor");
  expect(svg!.querySelectorAll("*")).toHaveLength(1); // one path: every element costs on a phone
  const d = svg!.querySelector("path")?.getAttribute("d") ?? null;
  unmount();
  return d;
}

describe("CategoryIcon", () => {
  it("draws an icon for every method category and every tool category, each its own", () => {
    const drawings = CATEGORIES.map(drawing);
    for (const [i, d] of drawings.entries()) expect(d, CATEGORIES[i]).toMatch(/^M[\d.]/);
    expect(new Set(drawings).size).toBe(CATEGORIES.length);
  });
});

/** Each card of a list: its one link, its heading, and the category written beside its icon. */
function cards() {
  return screen.getAllByRole("listitem").map((card) => {
    const links = within(card).getAllByRole("link");
    expect(links).toHaveLength(1);
    expect(card.querySelectorAll("a, button, input, select, textarea")).toHaveLength(1);
    const icon = card.querySelector("svg");
    expect(icon).toHaveAttribute("aria-hidden", "true");
    return {
      heading: within(card).getByRole("heading").textContent,
      link: [links[0].textContent, links[0].getAttribute("href")],
      kind: icon!.parentElement!.textContent,
    };
  });
}

describe("ModalityList", () => {
  it("shows every method as a card whose only link is its title, under its category's icon and name", () => {
    render(<ModalityList modalities={site.modalities} />);
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(site.modalities.length);
    expect(cards()).toEqual(
      site.modalities.map((m) => ({ heading: m.title, link: [m.title, m.href], kind: CATEGORY_LABELS[m.category] })),
    );
    for (const m of site.modalities) expect(screen.getByText(m.summary)).toBeInTheDocument();
  });
});

describe("ToolList", () => {
  it("shows every tool as a card whose only link is its title, under its category's icon and name", () => {
    render(<ToolList tools={site.tools} headingLevel={2} />);
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(site.tools.length);
    expect(cards()).toEqual(site.tools.map((t) => ({ heading: t.title, link: [t.title, t.href], kind: TOOL_CATEGORIES[t.category].label })));
    for (const t of site.tools) expect(screen.getByText(t.summary)).toBeInTheDocument();
  });
});
