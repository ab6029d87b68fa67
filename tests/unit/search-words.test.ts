import { describe, expect, it } from "vitest";
import { searchWords, stem } from "@/lib/content/search-words";

describe("stem", () => {
  it("reduces a plural to its singular the cheap way, and leaves words that only end in s alone", () => {
    expect(["boots", "therapies", "baths", "glutes"].map(stem)).toEqual(["boot", "therapy", "bath", "glute"]);
    expect(["stress", "plus", "analysis", "gas"].map(stem)).toEqual(["stress", "plus", "analysis", "gas"]);
  });

  it("knows the plurals the cheap way gets wrong, so 'sore calves' meets a page that says 'calf'", () => {
    expect(stem("calves")).toBe("calf");
    expect(stem("halves")).toBe("half");
    expect(searchWords("Sore calves after a half-marathon")).toEqual(searchWords("sore calf after a half marathon"));
    // a word that names a property of every object is still just a word
    expect(["constructor", "toString", "__proto__"].map(stem)).toEqual(["constructor", "toString", "__proto__"]);
  });
});
