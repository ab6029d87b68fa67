import { describe, expect, it } from "vitest";
import type { TocEntry } from "@/lib/content/markdown";
import { tocTree } from "@/lib/content/toc";

const h2 = (id: string): TocEntry => ({ id, text: id, depth: 2 });
const h3 = (id: string): TocEntry => ({ id, text: id, depth: 3 });

describe("tocTree", () => {
  it("keeps a page of h2s flat, in order", () => {
    expect(tocTree([h2("a"), h2("b"), h2("c")])).toEqual([
      { ...h2("a"), children: [] },
      { ...h2("b"), children: [] },
      { ...h2("c"), children: [] },
    ]);
  });

  it("puts each h3 under the h2 before it, so the sections stay numbered 1, 2, 3", () => {
    const tree = tocTree([h2("a"), h3("a1"), h3("a2"), h2("b"), h2("c"), h3("c1")]);
    expect(tree.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(tree.map((s) => s.children)).toEqual([[h3("a1"), h3("a2")], [], [h3("c1")]]);
  });

  it("leaves h3s before the first h2 at the top level, each its own entry", () => {
    const tree = tocTree([h3("x"), h3("y"), h2("a"), h3("a1")]);
    expect(tree.map((s) => [s.id, s.children.map((c) => c.id)])).toEqual([
      ["x", []],
      ["y", []],
      ["a", ["a1"]],
    ]);
  });

  it("is empty for no headings", () => {
    expect(tocTree([])).toEqual([]);
  });
});
