import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    expect(heat.body.toc.map((t) => t.text)).toEqual(["How it works", "What the research shows"]);
  });

  it("fills defaults and renders the body once, at load time", () => {
    const cwi = all.modalities.find((m) => m.slug === "cold-water-immersion")!;
    expect(cwi.setting).toEqual([]);
    expect(cwi.evidence.fatigue.refs).toEqual([]);
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
        'modalities/Bad_Name.md:1:1  (file name)  "Bad_Name.md" is not a valid slug: name the file in lowercase kebab-case, like "bad-name.md"',
        'modalities/bad-citation.md:9:12  evidence.soreness.refs[0]  unknown study "machado-2061" (did you mean "machado-2016"?): there is no content/studies/machado-2061.md',
        "modalities/bad-date.md:4:1  updated  expected a real date written YYYY-MM-DD, like 2026-11-23",
        "modalities/bad-yaml.md:6:1  (yaml)  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        "modalities/empty-body.md:22:1  (body)  the article has no body: write it in Markdown below the closing ---",
        "modalities/missing-field.md:1:1  category  required field is missing (expected one of foundations, cold, heat, compression, soft-tissue, electrical, movement, support, monitoring)",
        "modalities/missing-nested.md:11:3  evidence.fatigue.summary  required field is missing (expected text)",
        'modalities/nested-type.md:8:5  evidence.soreness.grade  expected one of strong, moderate, limited, conflicting, no-effect, insufficient, harm; got the text "moderat" (did you mean "moderate"?)',
        "modalities/unknown-key.md:1:1  summary  required field is missing (expected text)",
        'modalities/unknown-key.md:3:1  sumary  unknown field "sumary" (did you mean "summary"?)',
        'studies/wrong-type.md:4:1  year  expected a number, got the text "twenty sixteen"',
        'tools/body-links.md:17:11  (body)  /modalities/cold-water-imersion: unknown modality "cold-water-imersion" (did you mean "cold-water-immersion"?): there is no content/modalities/cold-water-imersion.md',
        'tools/body-links.md:19:5  (body)  /modalities/cold-water-immersion#how-it-work: links to "#how-it-work", which is not a heading in /modalities/cold-water-immersion (did you mean "#how-it-works"?)',
        'tools/body-links.md:19:66  (body)  #what-it-iss: links to "#what-it-iss", which is not a heading in this article (did you mean "#what-it-is"?)',
        'tools/links-draft.md:6:14  modalities[0]  links to the draft modality "draft-modality", which is left out of the published site: publish it or remove the link',
        "tools/several-problems.md:1:1  brand  required field is missing (expected text)",
        'tools/several-problems.md:5:14  modalities[0]  unknown modality "foam-roling": there is no content/modalities/foam-roling.md',
        'tools/several-problems.md:6:1  colour  unknown field "colour" (allowed here: title, summary, updated, draft, references, brand, modalities, price, runningCosts, specs, bodyAreas, bestFor, pros, cons, alternative)',
        'tools/unknown-modality.md:6:36  modalities[1]  unknown modality "cold-water-imersion" (did you mean "cold-water-immersion"?): there is no content/modalities/cold-water-imersion.md',
      ].sort(),
    );
  });

  it("leaves out files whose frontmatter or body is invalid and keeps the rest", () => {
    // bad-citation and these tools only have link problems, which the catalog never sees because getCatalog throws first
    expect(result.modalities.map((m) => m.slug)).toEqual(["bad-citation", "cold-water-immersion", "draft-modality"]);
    expect(result.tools.map((t) => t.slug)).toEqual(["body-links", "links-draft", "unknown-modality"]);
  });

  it("throws a ContentError whose message is the whole report, sorted by file and line", () => {
    const error = new ContentError(result.issues);
    expect(error.message.split("\n")[0]).toBe("19 content problems in 14 files:");
    expect(error.message).toBe(formatReport(result.issues));
    const reported = error.message.split("\n").slice(1);
    expect(reported).toHaveLength(19);
    expect(reported[0]).toContain("modalities/Bad_Name.md:1:1");
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
