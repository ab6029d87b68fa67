import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { modalityFrontmatter, RISKS_MAX } from "@/lib/content/schemas";
import { describe, expect, it } from "vitest";
import { ContentError, formatIssue, formatReport } from "@/lib/content/issues";
import { ContentCache } from "@/lib/content/content-cache";
import { loadContent } from "@/lib/content/load";

const fixtures = join(__dirname, "..", "fixtures");
const valid = join(fixtures, "valid");
const broken = join(fixtures, "broken");

describe("loadContent on valid content", () => {
  const all = loadContent(valid, { includeDrafts: true });

  it("reports no problems", () => {
    expect(all.issues).toEqual([]);
  });

  it("takes each slug from the file name and ignores files that are not Markdown", () => {
    expect(all.modalities.map((m) => m.slug).sort()).toEqual(["cold-water-immersion", "heat-therapy", "sauna"]);
    expect(all.tools.map((t) => t.slug).sort()).toEqual(["heat-pad", "ice-tub", "warm-blanket"]);
    expect(all.guides.map((g) => g.slug)).toEqual(["recovery-foundations"]);
    expect(all.studies.map((s) => s.slug)).toEqual(["machado-2016"]);
  });

  it("gives every entry its page, from the collection registry", () => {
    expect(all.tools.find((t) => t.slug === "ice-tub")?.href).toBe("/tools/ice-tub");
    expect(all.studies[0].href).toBe("/studies/machado-2016");
  });

  it("accepts a study with no body, since a study is all frontmatter", () => {
    expect(all.studies[0].body.html).toBe("");
  });

  it("reads UTF-8 with a BOM and CRLF line endings like any other file", () => {
    const heat = all.modalities.find((m) => m.slug === "heat-therapy")!;
    expect(heat.title).toBe("Heat therapy");
    expect(heat.references).toEqual(["machado-2016"]);
    // entries left out of an outcome default to none, and a missing changes list to an empty one
    expect(heat.evidence["strength-gains"].entries).toEqual([]);
    expect(heat.changes).toEqual([]);
    expect(heat.body.toc.map((t) => t.text)).toEqual(["How it works", "What the research shows"]);
  });

  it("fills defaults and renders the body once, at load time", () => {
    const cwi = all.modalities.find((m) => m.slug === "cold-water-immersion")!;
    expect(cwi.setting).toEqual([]);
    expect(cwi.evidence.fatigue.entries).toEqual([]);
    expect(cwi.changes.map((c) => c.date)).toEqual(["2026-11-23", "2026-06-01"]);
    expect(cwi.body.html).toContain('<h2 id="how-it-works">How it works</h2>');
    expect(cwi.file).toBe(join("tests", "fixtures", "valid", "modalities", "cold-water-immersion.md"));
  });

  it("keeps drafts when asked (dev) and leaves them out otherwise (production)", () => {
    expect(all.modalities.some((m) => m.slug === "sauna")).toBe(true);
    const published = loadContent(valid, { includeDrafts: false });
    expect(published.issues).toEqual([]);
    expect(published.modalities.map((m) => m.slug).sort()).toEqual(["cold-water-immersion", "heat-therapy"]);
  });
});

describe("loadContent on broken content", () => {
  const result = loadContent(broken, { includeDrafts: true });
  const lines = result.issues.map(formatIssue).map((l) => l.replace(`${join("tests", "fixtures", "broken")}/`, ""));

  it("checks links written in article bodies, anchors included", () => {
    expect(lines.filter((l) => l.includes("(body)  /") || l.includes("(body)  #"))).toHaveLength(3);
  });

  it("reports every problem in every file at once, each with file, line, column and field", () => {
    expect(lines.sort()).toEqual(
      [
        'categories/cold-plunges.md:13:34  (body)  :price[body-linx]: there is no tool "body-linx" (did you mean "body-links"?)',
        'categories/compression-boots.md:7:18  picks.mostRunners.tool  "body-links" is one of the cold plunges, not one of the compression boots: pick from this category',
        'categories/compression-boots.md:8:14  considered[0]  "unknown-modality" is one of the cold plunges, not one of the compression boots: pick from this category',
        'categories/hot-tubs.md:1:1  (file name)  "hot-tubs" is not a tool category; name the file after one of: compression-boots, massage-guns, muscle-stimulators, cold-plunges, cold-packs-and-wraps, compression-garments, rollers-and-balls, wearables, tape, skin-care, bands-and-mobility',
        'guides/bad-quotes.md:9:16  (body)  :grade[cold-water-imersion/soreness]: there is no method "cold-water-imersion" (did you mean "cold-water-immersion"?)',
        'guides/bad-quotes.md:9:70  (body)  :grade[cold-water-immersion/adaptation]: "adaptation" is not an outcome; the outcomes are soreness, fatigue, performance, strength-gains, endurance-gains',
        "guides/bad-quotes.md:10:26  (body)  :grade[cold-water-immersion]: write it as :grade[<method>/<outcome>]",
        'guides/bad-quotes.md:10:85  (body)  :grade[draft-modality/soreness]: quotes the draft method "draft-modality", which is left out of the published site',
        'guides/bad-quotes.md:11:15  (body)  :effect[machado-2016/soreness]: the study "machado-2016" has no result "soreness"',
        'guides/bad-quotes.md:11:56  (body)  :effect[dupuy-2018/soreness-cold-watr]: the study "dupuy-2018" has no result "soreness-cold-watr" (its results: soreness-cold-water, fatigue-cold-water)',
        'guides/bad-quotes.md:11:110  (body)  :price[body-links]: the tool "body-links" has no published price to quote',
        'guides/bad-quotes.md:11:151  (body)  :running-cost[body-links]: the tool "body-links" has no yearly running cost to quote',
        "guides/bad-quotes.md:13:1  (body)  ::grading-rules[all]: ::grading-rules takes no target: write it alone on its line",
        'modalities/Bad_Name.md:1:1  (file name)  "Bad_Name.md" is not a valid slug: name the file in lowercase kebab-case, like "bad-name.md"',
        'modalities/bad-citation.md:10:11  evidence.soreness.entries[0].study  unknown study "machado-2061" (did you mean "machado-2016"?): there is no content/studies/machado-2061.md',
        "modalities/bad-date.md:4:1  updated  expected a real date written YYYY-MM-DD, like 2026-11-23",
        "modalities/bad-yaml.md:6:1  (yaml)  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        'modalities/contradicting-finding.md:10:59  evidence.soreness.entries[0].finding  the finding says "none", but the result\'s numbers (-0.5, 95% CI -0.8 to -0.2) show benefit: write finding: benefit',
        'modalities/contradicting-finding.md:14:58  evidence.fatigue.entries[0].finding  the finding says "harm", but the result\'s numbers (-0.6, 95% CI -1 to -0.2) show benefit: write finding: benefit',
        "modalities/empty-body.md:25:1  (body)  the article has no body: write it in Markdown below the closing ---",
        "modalities/late-change.md:5:1  changes  a change is dated after `updated`: set updated to the day of the newest change",
        'modalities/long-risks.md:6:1  risks  keep it to at most 280 characters: the main risk and who should ask a doctor first, each with its source; the rest belongs in the "When to skip it" section',
        "modalities/missing-field.md:1:1  category  required field is missing (expected one of foundations, cold, heat, compression, soft-tissue, electrical, movement, support, monitoring)",
        "modalities/missing-nested.md:11:3  evidence.fatigue.summary  required field is missing (expected text)",
        'modalities/nested-type.md:10:32  evidence.soreness.entries[0].finding  expected one of benefit, none, harm, mixed; got the text "benefitt" (did you mean "benefit"?)',
        "modalities/other-outcome.md:14:30  evidence.fatigue.entries[0].result  the result \"soreness-cold-water\" of \"dupuy-2018\" is about muscle soreness (DOMS), not perceived fatigue and recovery",
        "modalities/retired-fields.md:8:5  evidence.soreness.grade  grades are computed from the entries by the rule on /guides/methodology, not written: remove this line and list the studies under entries",
        "modalities/retired-fields.md:9:5  evidence.soreness.refs  list each study under entries, with its finding (and the result it rests on, if the study has one): refs is no longer read",
        "modalities/retired-fields.md:15:3  evidence.adaptation  long-term adaptation is now two outcomes, strength-gains and endurance-gains, because the evidence differs between them",
        "modalities/unknown-key.md:1:1  summary  required field is missing (expected text)",
        'modalities/unknown-key.md:3:1  sumary  unknown field "sumary" (did you mean "summary"?)',
        'modalities/unknown-result.md:10:30  evidence.soreness.entries[0].result  the study "dupuy-2018" has no result "soreness-cold-watr" (its results: soreness-cold-water, fatigue-cold-water)',
        'modalities/unknown-result.md:11:32  evidence.soreness.entries[1].result  the study "machado-2016" has no result "soreness-24-hours"; add the result to content/studies/machado-2016.md',
        'studies/wrong-type.md:4:1  year  expected a number, got the text "twenty sixteen"',
        'tools/bench-types.md:12:19  bench.pressureMmHg.value  expected a range { min, max }',
        "tools/bench-types.md:16:15  bench.weightKg.value  expected a number",
        "tools/bench-types.md:18:10  bench.app.value  expected true or false",
        'tools/body-links.md:25:11  (body)  /modalities/cold-water-imersion: unknown modality "cold-water-imersion" (did you mean "cold-water-immersion"?): there is no content/modalities/cold-water-imersion.md',
        'tools/body-links.md:27:5  (body)  /modalities/cold-water-immersion#how-it-work: links to "#how-it-work", which is not a heading in /modalities/cold-water-immersion (did you mean "#how-it-works"?)',
        'tools/body-links.md:27:66  (body)  #what-it-iss: links to "#what-it-iss", which is not a heading in this article (did you mean "#what-it-is"?)',
        'tools/links-draft.md:7:14  modalities[0]  links to the draft modality "draft-modality", which is left out of the published site: publish it or remove the link',
        "tools/missing-bench.md:10:1  bench  Compression boots state noiseDb (noise: Loudness in decibels.); write a sourced value, not-published or not-found",
        'tools/off-bench.md:14:3  bench.amplitudeMm  "amplitudeMm" is not on the tape bench (rollLengthM, wearDays, material)',
        "tools/several-problems.md:1:1  brand  required field is missing (expected text)",
        'tools/several-problems.md:6:14  modalities[0]  unknown modality "foam-roling": there is no content/modalities/foam-roling.md',
        'tools/several-problems.md:7:1  colour  unknown field "colour" (allowed here: title, summary, updated, draft, references, changes, brand, category, modalities, replacedBy, sources, prices, runningCosts, bench, bodyAreas, bestFor, pros, cons, alternative)',
        'tools/unknown-market.md:11:3  prices.GB  unknown field "GB"',
        'tools/unknown-modality.md:7:36  modalities[1]  unknown modality "cold-water-imersion" (did you mean "cold-water-immersion"?): there is no content/modalities/cold-water-imersion.md',
        'tools/unknown-source.md:11:21  prices.US.source  no source "shop" in sources (sources: maker)',
        'tools/unknown-source.md:13:33  bench.capacityLitres.source  no source "makr" in sources (sources: maker)',
      ].sort(),
    );
  });

  it("leaves a directive it does not know as the text it was, and reports nothing for it", () => {
    const quoteLines = lines.filter((l) => l.startsWith("guides/bad-quotes.md"));
    expect(quoteLines).toHaveLength(9);
    expect(quoteLines.filter((l) => /shrug|10:30|Note:/.test(l.slice(l.indexOf("(body)"))))).toEqual([]);
  });

  it("leaves out files whose frontmatter or body is invalid and keeps the rest", () => {
    // these only have link, evidence or quote problems, which the catalog never sees because getCatalog throws first
    expect(result.modalities.map((m) => m.slug)).toEqual([
      "bad-citation",
      "cold-water-immersion",
      "contradicting-finding",
      "draft-modality",
      "other-outcome",
      "unknown-result",
    ]);
    expect(result.tools.map((t) => t.slug)).toEqual(["body-links", "links-draft", "unknown-modality"]);
    expect(result.guides.map((g) => g.slug)).toEqual(["bad-quotes"]);
  });

  it("throws a ContentError whose message is the whole report, sorted by file and line", () => {
    const error = new ContentError(result.issues);
    expect(error.message.split("\n")[0]).toBe("50 content problems in 29 files:");
    expect(error.message).toBe(formatReport(result.issues));
    const reported = error.message.split("\n").slice(1);
    expect(reported).toHaveLength(50);
    expect(reported[0]).toContain("categories/cold-plunges.md:13:34");
  });
});

describe("loadContent on linked files", () => {
  it("loads an article that is a symbolic link to a Markdown file, and skips a folder named like one", () => {
    const root = mkdtempSync(join(tmpdir(), "linked-content-"));
    try {
      mkdirSync(join(root, "modalities", "folder.md"), { recursive: true });
      symlinkSync(join(valid, "modalities", "cold-water-immersion.md"), join(root, "modalities", "cold-water-immersion.md"));
      const loaded = loadContent(root, { includeDrafts: true, cache: new ContentCache() });
      expect(loaded.modalities.map((m) => m.slug)).toEqual(["cold-water-immersion"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("a method's risks line", () => {
  it(`holds at most ${RISKS_MAX} characters after trimming, so the quick facts and a comparison cell stay one line`, () => {
    const risks = modalityFrontmatter.shape.risks;
    expect(risks.safeParse(` ${"x".repeat(RISKS_MAX)} `).success).toBe(true);
    expect(risks.safeParse("x".repeat(RISKS_MAX + 1)).success).toBe(false);
  });
});
