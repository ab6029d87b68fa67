import { describe, expect, it } from "vitest";
import { sourceDate } from "@/lib/content/schemas";

describe("a source's own date", () => {
  it('accepts a calendar day, a month when the source gives only a month, and "n.d."', () => {
    for (const date of ["2023-11-01", "2024-02-29", "2024-06", "n.d."]) expect(sourceDate.safeParse(date).success).toBe(true);
  });

  it("refuses days and months that do not exist, a bare year, and any other wording", () => {
    for (const date of ["2026-02-30", "2023-02-29", "2024-13", "2024-00", "2024-6", "2024", "June 2024", "undated", ""]) {
      expect(sourceDate.safeParse(date).success, date).toBe(false);
    }
  });
});
