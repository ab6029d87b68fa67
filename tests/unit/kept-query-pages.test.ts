import { describe, expect, it } from "vitest";
import { canonicalQuery } from "@/lib/web/cache-key";
import { keptQuery, keptQueryKey, keptQueryPath, publicUrlOfKeptPath } from "@/lib/web/kept-query-pages";
import { encodeQueryValue } from "@/lib/web/query-encoding";

const FULL_WEEK =
  "week=2026-12-07&mon=easy&tue=intervals.evening&wed=easy&thu=strength.morning&thu=easy.evening&fri=easy&sat=long&sun=easy" +
  "&race=2026-12-20&minutes=30&setting=home&market=us&budget=under-300&own=foam-roller&own=massage-ball&area=calves&area=quads";
// Letters in no order deflate can shorten: n of them make a query of about n characters that stays long.
const scrambled = (n: number) => Array.from({ length: n }, (_, i) => "qwertyuiopasdfghjklzxcvbnm"[(i * 7 + ((i * i) % 11)) % 26]).join("");

describe("keptQueryPath and keptQuery", () => {
  it("hold a canonical finder, search or planner query in one path segment and give it back", () => {
    for (const [page, query] of [
      ["/finder", "situation=back-to-back&area=calves"],
      ["/search", "q=ice+bath"],
      // Slashes, percent signs, non-Latin letters and markup: nothing a decoder could split or change.
      ["/search", `q=${encodeQueryValue("a/b 100% été <script>")}`],
      ["/plan", FULL_WEEK],
    ] as const) {
      const path = keptQueryPath(page, query)!;
      expect(path).toMatch(new RegExp(`^${page}/kept/[A-Za-z0-9_-]+$`));
      expect(keptQuery(page, path.split("/").pop()!)?.toString()).toBe(query);
    }
    // A full week's plan is kept only because its key is compressed: written out, it would be too long to name a file.
    expect(Buffer.from(FULL_WEEK).toString("base64url").length).toBeGreaterThan(255);
    expect(keptQueryKey("/plan", FULL_WEEK)!.length).toBeLessThan(200);
  });

  it("keep only these pages, only with a query, and only a query whose key can name a file", () => {
    expect(keptQueryKey("/tools/browse", "market=us")).toBeUndefined();
    expect(keptQueryKey("/finder", "")).toBeUndefined();
    expect(keptQueryKey("/search", `q=${scrambled(100)}`)).toBeDefined();
    expect(keptQueryKey("/search", `q=${scrambled(400)}`)).toBeUndefined();
    // a long query that deflates to a short key is not kept either: its key could not be read back
    const repeated = `q=${"ice+bath+".repeat(1_200)}`;
    expect(repeated.length).toBeGreaterThan(10_000);
    expect(keptQueryKey("/search", repeated)).toBeUndefined();
    expect(keptQueryKey("/search", `q=${"ice+bath+".repeat(800)}`)).toBeDefined();
  });

  it("keep a plan only when its URL names its week, a Monday, once: a plan for this week changes every Monday", () => {
    expect(keptQueryKey("/plan", "week=2026-12-07&mon=easy")).toBeDefined();
    expect(keptQueryKey("/plan", "mon=easy")).toBeUndefined();
    expect(keptQueryKey("/plan", "week=2026-12-08&mon=easy")).toBeUndefined(); // a Tuesday
    expect(keptQueryKey("/plan", "week=2026-02-30&mon=easy")).toBeUndefined();
    expect(keptQueryKey("/plan", "week=next&mon=easy")).toBeUndefined();
    expect(keptQueryKey("/plan", "week=2026-12-07&week=2026-12-14&mon=easy")).toBeUndefined();
  });

  it("refuse a key that is not exactly what keptQueryKey makes for a canonical query", () => {
    // Not canonical: another order, an unknown parameter, a parameter another page reads, another encoding.
    expect(canonicalQuery("/finder", new URLSearchParams("area=calves&situation=travel"))).not.toBe("area=calves&situation=travel");
    for (const [page, query] of [
      ["/finder", "area=calves&situation=travel"],
      ["/finder", "situation=travel&utm=x"],
      ["/finder", "q=ice"],
      ["/search", "q=ice%20bath"],
    ] as const) {
      expect(keptQuery(page, keptQueryKey(page, query)!), query).toBeUndefined();
    }
    // Another spelling of a good key, or no key at all.
    const good = keptQueryKey("/search", "q=ice")!;
    expect(keptQuery("/search", good)?.toString()).toBe("q=ice");
    expect(keptQuery("/search", `${good}=`)).toBeUndefined();
    expect(keptQuery("/search", `${good}A`)).toBeUndefined();
    expect(keptQuery("/search", "not-deflate-data")).toBeUndefined();
    expect(keptQuery("/search", "!!")).toBeUndefined();
    expect(keptQuery("/search", "")).toBeUndefined();
    // The same query kept for another page is not this page's.
    expect(keptQuery("/finder", good)).toBeUndefined();
  });
});

describe("publicUrlOfKeptPath", () => {
  it("names the address an internal path stands for, the page itself when its key holds nothing, and nothing for other paths", () => {
    expect(publicUrlOfKeptPath(keptQueryPath("/finder", "situation=travel")!)).toBe("/finder?situation=travel");
    expect(publicUrlOfKeptPath(keptQueryPath("/search", "q=ice+bath")!)).toBe("/search?q=ice+bath");
    expect(publicUrlOfKeptPath(keptQueryPath("/plan", FULL_WEEK)!)).toBe(`/plan?${FULL_WEEK}`);
    expect(publicUrlOfKeptPath("/finder/kept")).toBe("/finder");
    expect(publicUrlOfKeptPath("/finder/kept/")).toBe("/finder");
    expect(publicUrlOfKeptPath("/search/kept/not-a-key")).toBe("/search");
    expect(publicUrlOfKeptPath(`${keptQueryPath("/search", "q=ice")}/more`)).toBe("/search");
    expect(publicUrlOfKeptPath("/finder")).toBeUndefined();
    expect(publicUrlOfKeptPath("/finder/keptx")).toBeUndefined();
    expect(publicUrlOfKeptPath("/tools/kept")).toBeUndefined();
  });
});
