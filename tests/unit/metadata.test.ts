import { describe, expect, it } from "vitest";
import { FINDER_METADATA, SEARCH_METADATA } from "@/lib/web/metadata";

describe("the query pages' metadata", () => {
  it("folds every query's page into one canonical page, for the finder and search alike, without keeping search out of search engines", () => {
    expect(FINDER_METADATA.alternates?.canonical).toBe("/finder");
    expect(SEARCH_METADATA.alternates?.canonical).toBe("/search");
    expect(SEARCH_METADATA.robots).toBeUndefined();
  });
});
