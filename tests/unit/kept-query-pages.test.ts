import { describe, expect, it } from "vitest";
import { canonicalQuery } from "@/lib/web/cache-key";
import { encodeQueryValue } from "@/lib/web/query-encoding";
import { keptQuery, keptQueryPath, publicUrlOfKeptPath } from "@/lib/web/kept-query-pages";

const keyOf = (path: string | undefined) => path?.split("/").pop() ?? "";

describe("keptQueryPath and keptQuery", () => {
  it("hold a canonical finder or search query in one path segment and give it back", () => {
    for (const [page, query] of [
      ["/finder", "situation=back-to-back&area=calves"],
      ["/search", "q=ice+bath"],
      // Slashes, percent signs, non-Latin letters and markup: nothing a decoder could split or change.
      ["/search", `q=${encodeQueryValue("a/b 100% été <script>")}`],
    ] as const) {
      const path = keptQueryPath(page, query)!;
      expect(path).toMatch(new RegExp(`^${page}/kept/[A-Za-z0-9_-]+$`));
      expect(keptQuery(page, keyOf(path))?.toString()).toBe(query);
    }
  });

  it("keep only the finder and search, only with a query, and only a query short enough to name a file", () => {
    expect(keptQueryPath("/plan", "mon=easy")).toBeUndefined();
    expect(keptQueryPath("/finder", "")).toBeUndefined();
    expect(keptQueryPath("/search", `q=${"a".repeat(140)}`)).toBeDefined();
    expect(keptQueryPath("/search", `q=${"a".repeat(160)}`)).toBeUndefined();
  });

  it("refuse a key that is not exactly what keptQueryPath makes for a canonical query", () => {
    const key = (query: string) => Buffer.from(query).toString("base64url");
    // Not canonical: another order, an unknown parameter, a parameter the other page reads.
    expect(canonicalQuery("/finder", new URLSearchParams("area=calves&situation=travel"))).not.toBe("area=calves&situation=travel");
    expect(keptQuery("/finder", key("area=calves&situation=travel"))).toBeUndefined();
    expect(keptQuery("/finder", key("situation=travel&utm=x"))).toBeUndefined();
    expect(keptQuery("/finder", key("q=ice"))).toBeUndefined();
    expect(keptQuery("/search", key("q=ice%20bath"))).toBeUndefined();
    // Another spelling of a good key: padding, standard base64, not base64 at all, nothing.
    expect(keptQuery("/search", `${key("q=ice")}=`)).toBeUndefined();
    expect(keptQuery("/search", Buffer.from("q=ice>").toString("base64"))).toBeUndefined();
    expect(keptQuery("/search", "!!")).toBeUndefined();
    expect(keptQuery("/search", "")).toBeUndefined();
  });
});

describe("publicUrlOfKeptPath", () => {
  it("names the address an internal path stands for, the page itself when its key holds nothing, and nothing for other paths", () => {
    expect(publicUrlOfKeptPath(keptQueryPath("/finder", "situation=travel")!)).toBe("/finder?situation=travel");
    expect(publicUrlOfKeptPath(keptQueryPath("/search", "q=ice+bath")!)).toBe("/search?q=ice+bath");
    expect(publicUrlOfKeptPath("/finder/kept")).toBe("/finder");
    expect(publicUrlOfKeptPath("/finder/kept/")).toBe("/finder");
    expect(publicUrlOfKeptPath("/search/kept/not-a-key")).toBe("/search");
    expect(publicUrlOfKeptPath(`${keptQueryPath("/search", "q=ice")}/more`)).toBe("/search");
    expect(publicUrlOfKeptPath("/finder")).toBeUndefined();
    expect(publicUrlOfKeptPath("/finder/keptx")).toBeUndefined();
    expect(publicUrlOfKeptPath("/tools/kept")).toBeUndefined();
  });
});
