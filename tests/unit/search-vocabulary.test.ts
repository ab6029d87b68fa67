import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/catalog";
import { ContentCache } from "@/lib/content/content-cache";
import { loadContent } from "@/lib/content/load";
import { siteRoot } from "../fixtures/catalogs";

// The search vocabulary is content: a mistake in it stops the build with the file, line and
// field, like any article. Each case copies the fixture site and rewrites its search-vocabulary.md.
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function loadWithVocabulary(yaml: string | undefined) {
  const root = mkdtempSync(join(tmpdir(), "vocabulary-"));
  roots.push(root);
  cpSync(siteRoot, root, { recursive: true });
  const path = join(root, "search-vocabulary.md");
  if (yaml === undefined) unlinkSync(path);
  else writeFileSync(path, `---\n${yaml}---\n\nNotes for editors.\n`);
  const result = loadContent(root, { includeDrafts: false, cache: new ContentCache() });
  const file = relative(process.cwd(), path);
  return { result, issues: result.issues.map((i) => ({ ...i, file: i.file === file ? "search-vocabulary.md" : i.file })) };
}

const VALID = `synonyms:\n  - words: [polar plunge, Cold Dips]\n    means: cold water immersion\n  - words: [sore legs]\n    means: soreness\n`;

describe("the search vocabulary", () => {
  it("loads with the content when valid, and the catalog carries it", () => {
    const { result, issues } = loadWithVocabulary(VALID);
    expect(issues).toEqual([]);
    expect(buildCatalog(result).searchVocabulary?.synonyms).toEqual([
      { words: ["polar plunge", "Cold Dips"], means: "cold water immersion" },
      { words: ["sore legs"], means: "soreness" },
    ]);
  });

  it("is optional: a site without the file has no synonyms", () => {
    const { result, issues } = loadWithVocabulary(undefined);
    expect(issues).toEqual([]);
    expect(result.searchVocabulary).toBeUndefined();
  });

  it("refuses what names nothing on the published site, with the line, the field and the closest name", () => {
    const typo = VALID.replace("means: cold water immersion", "means: cold water imersion");
    // contrast water therapy is a draft: a synonym for it would find nothing once published
    const draft = `  - words: [hot and cold]\n    means: contrast water therapy\n`;
    const { issues } = loadWithVocabulary(typo + draft);
    expect(issues).toEqual([
      {
        file: "search-vocabulary.md",
        line: 4,
        column: 5,
        field: "synonyms[0].means",
        message: `"cold water imersion" names nothing on the site: use words from a page's title or "also called" names, or an outcome the site grades (did you mean "cold water immersion"?)`,
      },
      expect.objectContaining({ line: 8, field: "synonyms[2].means" }),
    ]);
  });

  it("accepts words from part of a title or name, and an outcome the site grades", () => {
    const { issues } = loadWithVocabulary(`synonyms:\n  - words: [percussion gun]\n    means: percussion\n  - words: [tired]\n    means: fatigue\n  - words: [long-term gains]\n    means: strength gains\n`);
    expect(issues).toEqual([]);
  });

  it("refuses a word listed twice, even as a plural or with another case", () => {
    const { issues } = loadWithVocabulary(`${VALID}  - words: [Sore Leg]\n    means: soreness\n`);
    expect(issues).toEqual([
      {
        file: "search-vocabulary.md",
        line: 7,
        column: 13,
        field: "synonyms[2].words[0]",
        message: `"Sore Leg" reads the same as "sore legs" to search, which is listed under synonyms[1]: list each word once`,
      },
    ]);
  });

  it("refuses a word that is already another page's name, which search would put first anyway", () => {
    const { issues } = loadWithVocabulary(`synonyms:\n  - words: [ice tubs, ice bath]\n    means: cold water immersion\n`);
    // "Ice Tub" is a tool's title; "Ice bath" is an alias of the method the synonym means, so it is only redundant
    expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      `synonyms[0].words[0]: "ice tubs" is already a name of "Ice Tub" (/tools/ice-tub), which search puts first for it: remove it here, or make it mean that page's words`,
    ]);
  });

  it("checks the table's shape like any frontmatter", () => {
    const { issues } = loadWithVocabulary(`synonyms:\n  - words: []\n    means: sleep\n    page: /modalities/sleep\n`);
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(["synonyms[0].words", "synonyms[0].page"]));
    expect(issues.every((i) => i.file === "search-vocabulary.md" && i.line > 1)).toBe(true);
  });
});
