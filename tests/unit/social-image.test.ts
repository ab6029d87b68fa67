import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/catalog";
import { loadContent } from "@/lib/content/load";
import { site } from "@/lib/site";
import { MAX_LINE, SOCIAL_IMAGE_ALT, siteSocialImage, socialImageFor, truncate } from "@/lib/catalog/social-image";
import { siteCatalog } from "../fixtures/catalogs";

const fixtures = join(__dirname, "..", "fixtures", "valid");

const catalog = siteCatalog();

describe("socialImageFor", () => {
  it("gives a method a card with its kind, title, summary and soreness grade", () => {
    expect(socialImageFor("modalities", "cold-water-immersion", catalog)).toEqual({
      kind: "Recovery method",
      title: "Cold water immersion",
      line: "Sitting in cold water after a hard run eases soreness a little, but regular use can blunt strength gains.",
      fact: "Soreness: Limited evidence of benefit",
    });
  });

  it("cuts a summary too long for the card at a word", () => {
    expect(socialImageFor("modalities", "pneumatic-compression", catalog)?.line).toBe(
      "Boots that squeeze your legs in waves feel pleasant after a long run; trials show a small effect on soreness, none on performance, and nothing yet…",
    );
  });

  it("shows a tool's price in its own currency, naming its market, and nothing in its place when none is published", () => {
    expect(socialImageFor("tools", "air-relief-boots", catalog)).toEqual({
      kind: "Tool",
      title: "Air Relief Boots",
      line: "Full-leg compression boots with five chambers, a battery and an app.",
      fact: "Price: $799 (US)",
    });
    // one card for every reader: the first market with a price, in the order of the markets
    expect(socialImageFor("tools", "travel-boots", catalog)?.fact).toBe("Price: £349 (UK)");
    expect(socialImageFor("tools", "vibe-ball", catalog)?.fact).toBe("Price: €39 (EU)");
    expect(socialImageFor("tools", "thump-gun", catalog)?.fact).toBe("Price: $299–$349 (US)");
    expect(socialImageFor("tools", "ice-tub", catalog)).toEqual({
      kind: "Tool",
      title: "Ice Tub",
      line: "A plastic tub for cold plunges at home, filled from a garden hose.",
      fact: undefined,
    });
  });

  it("has no fact line for a guide", () => {
    expect(socialImageFor("guides", "methodology", catalog)).toEqual({
      kind: "Guide",
      title: "How we grade the evidence",
      line: "The five outcomes, the seven grades and the sourcing rules behind every page on this site.",
    });
  });

  it("describes a study by its kind, population and venue, with its year as the fact", () => {
    expect(socialImageFor("studies", "machado-2016", catalog)).toEqual({
      kind: "Study",
      title: "Can water temperature and immersion time influence the effect of cold water immersion on muscle soreness?",
      line: "Meta-analysis (9 studies, 239 participants), active adults. Sports Medicine 46(4):503-514 (2016).",
      fact: "Published 2016",
    });
    expect(socialImageFor("studies", "airwave-manual", catalog)).toMatchObject({ line: "Maker's page or manual. Airwave.", fact: undefined });
  });

  it("gives nothing for an unknown slug, or a slug of another kind", () => {
    expect(socialImageFor("tools", "not-a-real-tool", catalog)).toBeUndefined();
    expect(socialImageFor("modalities", "thump-gun", catalog)).toBeUndefined();
    expect(socialImageFor("guides", "", catalog)).toBeUndefined();
  });

  it("reads the site's catalog when given none", () => {
    expect(socialImageFor("tools", "vibe-ball")?.title).toBe("Vibe Ball");
  });
});

describe("socialImageFor and drafts", () => {
  it("refuses a draft even from a catalog that holds it (as in development)", () => {
    const withDrafts = siteCatalog({ drafts: true });
    expect(withDrafts.modality("contrast-water-therapy")?.draft).toBe(true);
    expect(socialImageFor("modalities", "contrast-water-therapy", withDrafts)).toBeUndefined();
    expect(socialImageFor("tools", "contrast-tub", withDrafts)).toBeUndefined();
    expect(socialImageFor("guides", "race-week-recovery", withDrafts)).toBeUndefined();
    expect(socialImageFor("studies", "versey-2012", withDrafts)).toBeUndefined();
    expect(socialImageFor("modalities", "sleep", withDrafts)?.title).toBe("Sleep");
  });
});

describe("siteSocialImage", () => {
  it("shows the tagline, the description and how much the site covers", () => {
    const card = siteSocialImage(catalog);
    expect(card.kind).toBeUndefined();
    expect(card.title).toBe(site.tagline);
    expect(card.line).toBe(site.description);
    expect(card.fact).toBe("7 methods · 8 tools · 3 guides");
  });

  it("counts one of a kind in the singular", () => {
    const small = buildCatalog(loadContent(fixtures, { includeDrafts: false }));
    expect(siteSocialImage(small).fact).toBe("2 methods · 3 tools · 1 guide");
  });

  it("has alt text for every kind that names the site", () => {
    for (const alt of Object.values(SOCIAL_IMAGE_ALT)) {
      expect(alt).toContain(site.name);
      expect(alt.length).toBeLessThan(200);
    }
  });
});

describe("truncate", () => {
  it("leaves a short line whole", () => {
    expect(truncate("A short sentence.")).toBe("A short sentence.");
    expect(truncate("x".repeat(MAX_LINE))).toBe("x".repeat(MAX_LINE));
  });

  it("cuts a long line at a word, drops trailing punctuation and ends with an ellipsis", () => {
    const long = "Compression boots squeeze the legs in waves, which feels pleasant; the trials show a small effect on soreness, none on performance, and nothing on long-term adaptation.";
    const cut = truncate(long, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/[\s,;]…$/);
    expect(long.slice(cut.length - 1, cut.length)).toMatch(/[\s,;]/); // cut at a word boundary
  });

  it("cuts a single very long word rather than return nothing", () => {
    expect(truncate("y".repeat(300), 20)).toBe(`${"y".repeat(19)}…`);
  });
});
