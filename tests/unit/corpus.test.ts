import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCatalog, type Catalog } from "@/lib/catalog/catalog";
import { loadContent } from "@/lib/content/load";
import { OUTCOMES } from "@/lib/content/vocabulary";

// The corpus the site promises: every recovery system the source articles discuss.
const MODALITIES = [
  "cold-water-immersion",
  "cryotherapy-chamber",
  "local-cold-therapy",
  "heat-therapy",
  "contrast-water-therapy",
  "pneumatic-compression",
  "compression-garments",
  "percussion-massage",
  "electrical-muscle-stimulation",
  "foam-rolling",
  "massage",
  "mobility-and-stretching",
  "active-recovery",
  "elevation",
  "sleep",
  "nutrition",
  "kinesiology-tape",
  "chafing-care",
  "wearables-and-readiness",
];

const TOOLS = [
  "normatec-3",
  "normatec-pulse-2",
  "rapid-reboot",
  "theragun-pro",
  "hypervolt-2-pro",
  "ice-barrel",
  "thermosleeve",
  "cryopush",
  "compex-sport-elite-2",
  "powerdot-2",
  "roll-recovery-r8",
  "cep-compression-socks",
  "blue-steel-anti-chafe",
  "foam-roller",
  "massage-ball",
  "resistance-band",
  "kinesiology-tape-roll",
  "ice-pack",
  "hrv-wearable",
];

const GUIDES = [
  "recovery-foundations",
  "what-recovery-tools-cannot-do",
  "when-recovery-tools-matter",
  "building-a-recovery-routine",
  "common-recovery-mistakes",
  "faq",
  "methodology",
];

// Which modality the source articles say each tool delivers.
const DELIVERS: Record<string, string[]> = {
  "normatec-3": ["pneumatic-compression"],
  "normatec-pulse-2": ["pneumatic-compression"],
  "rapid-reboot": ["pneumatic-compression"],
  "theragun-pro": ["percussion-massage"],
  "hypervolt-2-pro": ["percussion-massage"],
  "ice-barrel": ["cold-water-immersion"],
  thermosleeve: ["local-cold-therapy"],
  cryopush: ["local-cold-therapy", "pneumatic-compression"],
  "compex-sport-elite-2": ["electrical-muscle-stimulation"],
  "powerdot-2": ["electrical-muscle-stimulation"],
  "roll-recovery-r8": ["foam-rolling"],
  "cep-compression-socks": ["compression-garments"],
  "blue-steel-anti-chafe": ["chafing-care"],
  "foam-roller": ["foam-rolling"],
  "massage-ball": ["foam-rolling"],
  "resistance-band": ["mobility-and-stretching"],
  "kinesiology-tape-roll": ["kinesiology-tape"],
  "ice-pack": ["local-cold-therapy"],
  "hrv-wearable": ["wearables-and-readiness"],
};

describe("the published corpus", () => {
  let catalog: Catalog;
  beforeAll(() => {
    const content = loadContent(join(process.cwd(), "content"), { includeDrafts: false });
    expect(content.issues).toEqual([]);
    catalog = buildCatalog(content);
  });

  it("has every promised modality, tool and guide, none of them a draft", () => {
    expect(MODALITIES.filter((s) => !catalog.modality(s))).toEqual([]);
    expect(TOOLS.filter((s) => !catalog.tool(s))).toEqual([]);
    expect(GUIDES.filter((s) => !catalog.guide(s))).toEqual([]);
  });

  it("links every tool to the modalities the sources say it delivers, both ways", () => {
    for (const [tool, modalities] of Object.entries(DELIVERS)) {
      for (const m of modalities) {
        expect(catalog.modalitiesForTool(tool).map((x) => x.slug), tool).toContain(m);
        expect(catalog.toolsForModality(m).map((x) => x.slug), m).toContain(tool);
      }
    }
  });

  it("grades every modality on every outcome, each grade resting on studies", () => {
    for (const m of catalog.modalities) {
      for (const outcome of OUTCOMES) {
        const graded = m.evidence[outcome];
        if (graded.grade !== "insufficient") expect(graded.refs.length, `${m.slug} ${outcome}`).toBeGreaterThan(0);
      }
    }
  });

  it("gives each modality at least 500 words, each tool 250 and each guide 400", () => {
    const short = [
      ...catalog.modalities.filter((m) => m.body.words < 500).map((m) => `${m.slug}: ${m.body.words}`),
      ...catalog.tools.filter((t) => t.body.words < 250).map((t) => `${t.slug}: ${t.body.words}`),
      ...catalog.guides.filter((g) => g.body.words < 400).map((g) => `${g.slug}: ${g.body.words}`),
    ];
    expect(short).toEqual([]);
  });

  it("covers, in every modality article, how it works, the research, dose, timing, who benefits, risks and cost", () => {
    const needed = [/how it works/i, /research/i, /how to|dose/i, /timing|when to use/i, /who benefits/i, /skip|risk/i, /cost|access/i];
    for (const m of catalog.modalities) {
      const headings = m.body.toc.filter((t) => t.depth === 2).map((t) => t.text);
      const missing = needed.filter((re) => !headings.some((h) => re.test(h)));
      expect(missing, `${m.slug} headings: ${headings.join(" | ")}`).toEqual([]);
    }
  });

  it("names a cheaper or free alternative for every tool", () => {
    for (const t of catalog.tools) expect(t.alternative.note.length, t.slug).toBeGreaterThan(10);
  });

  it("dates every published price and spec", () => {
    for (const t of catalog.tools) {
      if (t.price) expect(t.price.checked, t.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (t.specs) expect(t.specs.checked, t.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
