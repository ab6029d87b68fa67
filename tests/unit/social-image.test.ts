import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog, getCatalog } from "@/lib/catalog/catalog";
import { loadContent } from "@/lib/content/load";
import { GRADE_LABELS } from "@/lib/content/vocabulary";
import { formatPrice } from "@/lib/catalog/format";
import { site } from "@/lib/site";
import { MAX_LINE, SOCIAL_IMAGE_ALT, siteSocialImage, socialImageFor, truncate } from "@/lib/catalog/social-image";

const fixtures = join(__dirname, "..", "fixtures", "valid");

describe("socialImageFor, on the real catalog", () => {
  const catalog = getCatalog();

  it("gives every published article a card with its title, its kind and a line from its summary", () => {
    const all = [
      ...catalog.modalities.map((e) => ["modalities", "Recovery method", e] as const),
      ...catalog.tools.map((e) => ["tools", "Tool", e] as const),
      ...catalog.guides.map((e) => ["guides", "Guide", e] as const),
    ];
    expect(all.length).toBeGreaterThan(40);
    for (const [kind, label, entry] of all) {
      const card = socialImageFor(kind, entry.slug);
      expect(card, `${kind} ${entry.slug}`).toBeDefined();
      expect(card!.kind).toBe(label);
      expect(card!.title).toBe(entry.title);
      expect(card!.line.length).toBeLessThanOrEqual(MAX_LINE);
      expect(entry.summary.startsWith(card!.line.replace(/…$/, ""))).toBe(true);
    }
  });

  it("shows a method's soreness grade", () => {
    const cwi = catalog.modality("cold-water-immersion")!;
    expect(socialImageFor("modalities", "cold-water-immersion")?.fact).toBe(`Soreness: ${GRADE_LABELS[cwi.evidence.soreness.grade]}`);
    expect(socialImageFor("modalities", "cold-water-immersion")?.fact).toMatch(/^Soreness: .*(evidence|benefit)/i);
  });

  it("shows a tool's price when the catalog has one, and nothing in its place when not", () => {
    const priced = catalog.tools.filter((t) => t.price);
    expect(priced.length).toBeGreaterThan(0);
    for (const t of priced) expect(socialImageFor("tools", t.slug)?.fact).toBe(`Price: ${formatPrice(t.price!)}`);
    expect(socialImageFor("tools", "normatec-3")?.fact).toMatch(/^Price: \$\d/);
    for (const t of catalog.tools.filter((t) => !t.price)) expect(socialImageFor("tools", t.slug)?.fact).toBeUndefined();
  });

  it("has no fact line for a guide", () => {
    expect(socialImageFor("guides", "methodology")?.fact).toBeUndefined();
  });

  it("gives nothing for an unknown slug, or a slug of another kind", () => {
    expect(socialImageFor("tools", "not-a-real-tool")).toBeUndefined();
    expect(socialImageFor("modalities", "normatec-3")).toBeUndefined();
    expect(socialImageFor("guides", "")).toBeUndefined();
  });
});

describe("socialImageFor and drafts", () => {
  it("refuses a draft even from a catalog that holds it (as in development)", () => {
    const withDrafts = buildCatalog(loadContent(fixtures, { includeDrafts: true }));
    expect(withDrafts.modality("sauna")?.draft).toBe(true);
    expect(socialImageFor("modalities", "sauna", withDrafts)).toBeUndefined();
    expect(socialImageFor("modalities", "heat-therapy", withDrafts)?.title).toBe(withDrafts.modality("heat-therapy")!.title);
  });
});

describe("siteSocialImage", () => {
  it("shows the tagline, the description and how much the site covers", () => {
    const catalog = getCatalog();
    const card = siteSocialImage();
    expect(card.kind).toBeUndefined();
    expect(card.title).toBe(site.tagline);
    expect(card.line).toBe(site.description);
    expect(card.fact).toBe(`${catalog.modalities.length} methods · ${catalog.tools.length} tools · ${catalog.guides.length} guides`);
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
