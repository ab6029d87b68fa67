// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InstantSearch } from "@/components/InstantSearch";
import { SEARCH_LIMIT, type SearchHit } from "@/lib/catalog/search-options";

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

  it("fetches the index when the reader first reaches for the box, not with the page, and only once", () => {
    const fetch = vi.fn(() => new Promise(() => {}));
    vi.stubGlobal("fetch", fetch);
    render(<InstantSearch initialQuery="a vs b" initialHits={hits} />);
    expect(fetch).not.toHaveBeenCalled();
    const box = screen.getByRole("searchbox", { name: "Search the guide" });
    fireEvent.focus(box);
    fireEvent.pointerDown(box);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("/search-index/meta.json");
  });

  it("announces the count of results, not every result", () => {
    vi.stubGlobal("fetch", () => new Promise(() => {}));
    render(<InstantSearch initialQuery="a vs b" initialHits={hits} />);
    expect(screen.getByRole("status")).toHaveTextContent("3 results for “a vs b”");
    expect(screen.getByRole("list", { name: "Results" }).closest("[aria-live]")).toBeNull();
  });

  it("offers a way on when nothing matches, and not while there are results", () => {
    vi.stubGlobal("fetch", () => new Promise(() => {}));
    const { unmount } = render(<InstantSearch initialQuery="xyzzy" initialHits={[]} />);
    expect(screen.getByRole("status")).toHaveTextContent("0 results for “xyzzy”");
    expect(screen.getByRole("link", { name: "recovery methods" })).toHaveAttribute("href", "/modalities");
    expect(screen.getByRole("link", { name: "the finder" })).toHaveAttribute("href", "/finder");
    unmount();
    render(<InstantSearch initialQuery="a vs b" initialHits={hits} />);
    expect(screen.queryByRole("link", { name: "the finder" })).toBeNull();
  });

  it("does not offer it for a query typed while the index is still loading, which no hits answer yet", () => {
    vi.stubGlobal("fetch", () => new Promise(() => {}));
    render(<InstantSearch initialQuery="" initialHits={[]} />);
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "ice bath" } });
    expect(screen.queryByRole("link", { name: "the finder" })).toBeNull();
  });

  it("calls a full list the best matches, not all of them", () => {
    vi.stubGlobal("fetch", () => new Promise(() => {}));
    const many = Array.from({ length: SEARCH_LIMIT }, (_, i): SearchHit => ({ id: `/guides/g${i}`, kind: "Guide", title: `G${i}`, summary: "" }));
    render(<InstantSearch initialQuery="compression" initialHits={many} />);
    expect(screen.getByRole("status")).toHaveTextContent(`The ${SEARCH_LIMIT} best matches for “compression”`);
  });

  it("moves through the results with the arrow keys and closes them with Escape, back in the box", () => {
    vi.stubGlobal("fetch", () => new Promise(() => {}));
    render(<InstantSearch initialQuery="a vs b" initialHits={hits} />);
    const box = screen.getByRole("searchbox", { name: "Search the guide" });
    const results = screen.getByRole("list", { name: "Results" });
    const [compare, method, tool] = ["Compare A vs B", "A", "C"].map((name) => screen.getByRole("link", { name }));
    box.focus();
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(document.activeElement).toBe(compare);
    fireEvent.keyDown(compare, { key: "ArrowDown" });
    expect(document.activeElement).toBe(method); // the hit's own link, not its grades
    fireEvent.keyDown(method, { key: "ArrowDown" });
    expect(document.activeElement).toBe(tool);
    fireEvent.keyDown(tool, { key: "ArrowDown" });
    expect(document.activeElement).toBe(tool); // the last stays put
    fireEvent.keyDown(tool, { key: "ArrowUp" });
    expect(document.activeElement).toBe(method);
    fireEvent.keyDown(method, { key: "Escape" });
    expect(document.activeElement).toBe(box);
    expect(results).not.toBeVisible();
    fireEvent.change(box, { target: { value: "a vs c" } });
    expect(results).toBeVisible();
    fireEvent.keyDown(box, { key: "ArrowDown" });
    fireEvent.keyDown(compare, { key: "ArrowUp" });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: "Escape" });
    expect(results).not.toBeVisible();
  });
});
