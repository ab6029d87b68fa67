// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InstantSearch } from "@/components/InstantSearch";
import type { SearchHit } from "@/lib/catalog/search-options";

// The results as the server renders them, before the index loads (it never does here).
afterEach(() => vi.unstubAllGlobals());

const hits: SearchHit[] = [
  { id: "/compare/modalities/a/b", kind: "Comparison", title: "Compare A vs B", summary: "Side by side." },
  {
    id: "/modalities/a",
    kind: "Recovery method",
    title: "A",
    summary: "What A does.",
    grades: [
      { outcome: "Soreness", grade: "Limited evidence of benefit", href: "/modalities/a#why-soreness" },
      { outcome: "Fatigue", grade: "Not enough evidence", href: "/modalities/a#why-fatigue" },
    ],
  },
  { id: "/tools/c", kind: "Tool", title: "C", summary: "A tool." },
];

describe("InstantSearch", () => {
  it("lists an answer like any hit, with its kind, and a method's grades each linked to why", () => {
    vi.stubGlobal("fetch", () => new Promise(() => {}));
    render(<InstantSearch initialQuery="a vs b" initialHits={hits} />);
    const items = screen.getAllByRole("listitem").filter((li) => li.parentElement?.classList.contains("search-list"));
    expect(items.map((li) => within(li).getAllByRole("link")[0].getAttribute("href"))).toEqual(["/compare/modalities/a/b", "/modalities/a", "/tools/c"]);
    expect(items[0]).toHaveTextContent("Comparison");
    const grades = screen.getByRole("list", { name: "The evidence for A" });
    expect(within(grades).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Limited evidence of benefit", "/modalities/a#why-soreness"],
      ["Not enough evidence", "/modalities/a#why-fatigue"],
    ]);
    expect(within(grades).getAllByRole("listitem")[0]).toHaveTextContent("Soreness: Limited evidence of benefit");
    expect(screen.getAllByRole("list", { name: /The evidence for/ })).toHaveLength(1);
  });
});
