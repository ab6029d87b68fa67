import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/tools/market/route";

// The market form (components/MarketForm.tsx) is a plain GET form to /tools/market; this handler
// answers it with a redirect to the tools index in that market, a page of its own that is
// prerendered and cached by its URL.
const answer = (query: string) => GET(new NextRequest(`http://localhost:3000/tools/market${query}`));

describe("GET /tools/market", () => {
  it("sends the form's choice to that market's index with a 303, so the browser follows it with a GET", () => {
    const response = answer("?m=uk");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/tools/market/uk");
    expect(answer("?m=au").headers.get("location")).toBe("/tools/market/au");
    expect(answer("?m=EU").headers.get("location")).toBe("/tools/market/eu");
  });

  it("sends the default market, and a value it does not know, to /tools itself", () => {
    for (const query of ["?m=us", "?m=US", "?m=mars", "?m=", "", "?market=uk", "?m=%00"]) {
      const response = answer(query);
      expect(response.status, query).toBe(303);
      expect(response.headers.get("location"), query).toBe("/tools");
    }
  });

  it("reads the first value when the parameter is repeated", () => {
    expect(answer("?m=ca&m=uk").headers.get("location")).toBe("/tools/market/ca");
  });
});
