import { afterEach, describe, expect, it, vi } from "vitest";
import { importAs } from "../fixtures/catalogs";

/** getCatalog exactly as the site runs it, on the fixture site (vitest.config.ts), which has a draft of each kind. */
const catalogIn = (mode: "production" | "development") => importAs(mode, async () => (await import("@/lib/catalog/catalog")).getCatalog());

afterEach(() => vi.unstubAllEnvs());

describe("drafts", () => {
  it("are left out of the production catalog, and so out of every index and cross-link", async () => {
    const catalog = await catalogIn("production");
    expect([catalog.modality("contrast-water-therapy"), catalog.tool("contrast-tub"), catalog.guide("race-week-recovery")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(catalog.modalitiesByCategory().flatMap((g) => g.modalities).map((m) => m.slug)).not.toContain("contrast-water-therapy");
    expect(catalog.toolsForModality("cold-water-immersion").map((t) => t.slug)).toEqual(["ice-tub", "ice-tub-classic"]);
  });

  it("are shown while writing in development, linked like any other article", async () => {
    const catalog = await catalogIn("development");
    expect(catalog.modality("contrast-water-therapy")?.draft).toBe(true);
    expect(catalog.toolsForModality("cold-water-immersion").map((t) => t.slug)).toEqual(["contrast-tub", "ice-tub", "ice-tub-classic"]);
    expect(catalog.modalitiesForGuide("race-week-recovery").map((m) => m.slug)).toEqual(["contrast-water-therapy", "sleep"]);
  });
});
