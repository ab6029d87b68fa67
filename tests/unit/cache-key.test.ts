import { describe, expect, it } from "vitest";
import { canonicalQuery, QUERY_PAGES, queryPageUrl } from "@/lib/web/cache-key";

const canonical = (path: string, query: string) => canonicalQuery(path, new URLSearchParams(query));

describe("canonicalQuery", () => {
  it("gives equivalent queries one form: the page's order, unknown parameters dropped, names in any case", () => {
    const forms = [
      "situation=back-to-back&area=calves",
      "area=calves&situation=back-to-back",
      "AREA=calves&utm_source=news&Situation=back-to-back&fbclid=x",
    ];
    expect(new Set(forms.map((q) => canonical("/finder", q)))).toEqual(new Set(["situation=back-to-back&area=calves"]));
  });

  it("keeps the order of a repeated parameter's values, which the page reads in order", () => {
    expect(canonical("/plan", "thu=strength.morning&week=2026-12-07&thu=easy.evening")).toBe("week=2026-12-07&thu=strength.morning&thu=easy.evening");
    expect(canonical("/compare", "tools=b,a")).toBe("tools=b,a");
  });

  it("encodes values as a form does, whatever encoding the request used, and keeps their case", () => {
    for (const q of ["q=Ice%20Bath", "q=Ice+Bath", "q=%49ce+Bath"]) expect(canonical("/search", q)).toBe("q=Ice+Bath");
    expect(canonical("/search", "q=a%26b%3Dc")).toBe("q=a%26b%3Dc");
    expect(canonical("/compare", "tools=a%2Cb")).toBe("tools=a,b");
  });

  it("is empty for a query page asked nothing it reads, and undefined for any other page", () => {
    expect(canonical("/search", "utm_source=x")).toBe("");
    expect(canonical("/guides", "q=x")).toBeUndefined();
    expect(canonical("/tools/air-relief-boots", "market=uk")).toBeUndefined();
  });

  it("is stable: the canonical form of a canonical query is itself", () => {
    for (const [path, names] of Object.entries(QUERY_PAGES)) {
      const query = names.map((n, i) => `${n}=v${i}%20x`).join("&");
      const once = canonical(path, query)!;
      expect(canonical(path, once)).toBe(once);
    }
  });

  it("sends a request to its canonical URL only when the page would read it differently, never to itself", () => {
    const at = (path: string, query: string) => queryPageUrl(path, new URLSearchParams(query));
    expect(at("/finder", "area=calves&situation=back-to-back")).toEqual({ url: "/finder?situation=back-to-back&area=calves", query: "situation=back-to-back&area=calves", redirect: true });
    expect(at("/search", "utm_source=x")).toEqual({ url: "/search", query: "", redirect: true });
    expect(at("/search", "Q=boots")).toEqual({ url: "/search?q=boots", query: "q=boots", redirect: true });
    // Another encoding of the canonical query is the canonical query.
    for (const query of ["tools=a,b", "tools=a%2Cb", "q=ice%20bath", "q=ice+bath", ""]) {
      const path = query.startsWith("q") ? "/search" : "/compare";
      expect(at(path, query)?.redirect, query).toBe(false);
    }
    expect(at("/guides", "q=x")).toBeUndefined();
  });
});
