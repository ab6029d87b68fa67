import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRelevanceSet, relevanceLine, relevanceMisses, scoreRelevance } from "@/lib/catalog/search-relevance";
import type { SearchHit } from "@/lib/catalog/search-options";

const hits = (...ids: string[]): SearchHit[] => ids.map((id) => ({ id, kind: "Tool", title: id, summary: "" }));
const answers: Record<string, SearchHit[]> = {
  right: hits("/a", "/b", "/c"),
  second: hits("/b", "/a", "/c"),
  fourth: hits("/b", "/c", "/d", "/a"),
};

describe("scoring the relevance set", () => {
  it("counts a query right first when its first hit is expected, and in the top three when every expected page is", () => {
    const score = scoreRelevance(
      [
        { q: "right", first: "/a", top3: ["/c"] },
        { q: "second", first: "/a" },
        { q: "fourth", first: "/a" },
        { q: "right", first: "/a", top3: ["/d"] },
      ],
      (q) => answers[q],
    );
    expect(score).toMatchObject({ queries: 4, top1: 0.5, top3: 0.5 });
    expect(relevanceLine(score)).toBe("Search relevance: 4 queries, top-1 50%, top-3 50%");
    expect(relevanceMisses(score)).toEqual([
      '  first "second": expected /a; got /b, /a, /c',
      '  first "fourth": expected /a; got /b, /c, /d',
      '  top 3 "fourth": expected /a; got /b, /c, /d',
      '  top 3 "right": expected /a, /d; got /a, /b, /c',
    ]);
  });

  it("reads the set from YAML and refuses an expectation that is not a path", () => {
    const dir = mkdtempSync(join(tmpdir(), "relevance-"));
    try {
      writeFileSync(join(dir, "ok.yaml"), "- q: ice bath\n  first: /modalities/cold-water-immersion\n");
      expect(readRelevanceSet(join(dir, "ok.yaml"))).toEqual([{ q: "ice bath", first: "/modalities/cold-water-immersion" }]);
      writeFileSync(join(dir, "bad.yaml"), "- q: ice bath\n  first: cold-water-immersion\n");
      expect(() => readRelevanceSet(join(dir, "bad.yaml"))).toThrow(/URL path/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
