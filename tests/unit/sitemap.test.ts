import { afterEach, describe, expect, it, vi } from "vitest";
import robots from "@/app/robots";
import { importAs } from "../fixtures/catalogs";

afterEach(() => vi.unstubAllEnvs());

describe("sitemap and robots", () => {
  it("list the site's pages and every published article and study once, each with its last-reviewed date, and no draft", async () => {
    const { default: sitemap } = await importAs("production", () => import("@/app/sitemap"));
    const entries = sitemap();
    const paths = entries.map((e) => new URL(e.url).pathname);
    expect(paths.sort()).toEqual(
      [
        "/",
        "/modalities",
        "/tools",
        "/tools/market/uk",
        "/tools/market/eu",
        "/tools/market/au",
        "/tools/market/ca",
        "/tools/category",
        "/guides",
        "/studies",
        "/evidence",
        "/evidence/by/soreness",
        "/evidence/by/fatigue",
        "/evidence/by/performance",
        "/evidence/by/strength-gains",
        "/evidence/by/endurance-gains",
        "/compare",
        "/finder",
        "/plan",
        "/plan/rules",
        "/modalities/sleep",
        "/modalities/nutrition",
        "/modalities/cold-water-immersion",
        "/modalities/cryotherapy-chamber",
        "/modalities/pneumatic-compression",
        "/modalities/foam-rolling",
        "/modalities/percussion-massage",
        "/tools/air-relief-boots",
        "/tools/travel-boots",
        "/tools/thump-gun",
        "/tools/vibe-roller",
        "/tools/vibe-ball",
        "/tools/foam-roller",
        "/tools/ice-tub",
        "/tools/ice-tub-classic",
        "/guides/recovery-foundations",
        "/guides/choosing-recovery-boots",
        "/guides/methodology",
        "/tools/category/compression-boots",
        "/tools/category/rollers-and-balls",
        "/studies/machado-2016",
        "/studies/dupuy-2018",
        "/studies/roberts-2015",
        "/studies/wiewelhove-2019",
        "/studies/fullagar-2015",
        "/studies/thomas-2016",
        "/studies/airwave-manual",
        "/studies/grade-handbook",
        "/studies/brennan-2020",
        "/studies/clarke-2016",
        "/studies/costello-2015",
        "/studies/lindqvist-2024",
        "/studies/malta-2021",
        "/studies/okafor-2022",
        "/studies/reyes-2023",
        "/studies/wiewelhove-2018",
      ].sort(),
    );
    expect(entries.find((e) => e.url === "http://localhost:3000/tools/air-relief-boots")?.lastModified).toBe("2026-11-02");
    expect(entries.find((e) => e.url === "http://localhost:3000/guides/methodology")?.lastModified).toBe("2026-08-01");
    expect(entries.find((e) => e.url === "http://localhost:3000/studies/dupuy-2018")?.lastModified).toBe("2026-07-01");
    expect(entries.find((e) => e.url === "http://localhost:3000/plan/rules")?.lastModified).toBe("2026-11-20");
  });

  it("point crawlers at the sitemap", () => {
    expect(robots()).toEqual({ rules: { userAgent: "*", allow: "/" }, sitemap: "http://localhost:3000/sitemap.xml" });
  });
});
