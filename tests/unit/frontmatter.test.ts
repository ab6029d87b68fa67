import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseSource } from "@/lib/content/frontmatter";

const fixtures = join(__dirname, "..", "fixtures");

/** What the `yaml` package alone makes of a frontmatter block: the reference parseSource's data must match. */
const reference = (yaml: string) => parseDocument(yaml, { uniqueKeys: true }).toJS() ?? {};
const withFrontmatter = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;

function markdownFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFilesUnder(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

describe("parseSource's data", () => {
  // Scalars where YAML 1.1 and 1.2, or two parsers, are known to part ways.
  const tricky: Record<string, string> = {
    "a date stays text": "updated: 2026-11-23",
    "yes and no stay text (YAML 1.2)": "a: yes\nb: no\nc: on\nd: off",
    "booleans and nulls": "a: true\nb: False\nc: ~\nd: null\ne:",
    "numbers in every notation": "a: 1e3\nb: 0x1F\nc: 0o17\nd: .inf\ne: -.Inf\nf: 012\ng: +12.5",
    "underscored and sexagesimal numbers stay text": "a: 1_000\nb: 1:30",
    "a merge key is an ordinary key": "base: &b { x: 1 }\nother: { <<: *b, y: 2 }",
    "anchors and aliases": "a: &x [1, 2]\nb: *x",
    "block scalars": "a: |\n  two\n  lines\nb: >-\n  folded\n  text",
    "quoted strings": "a: '0123'\nb: \"tab\\there\"\nc: 'it''s'",
    "nested flow and block": "evidence:\n  soreness: { grade: limited, refs: [a-2018, b-2019] }\n  list:\n    - one\n    - { two: 2 }",
    "an empty block": "",
  };
  for (const [name, yaml] of Object.entries(tricky)) {
    it(`matches the yaml package: ${name}`, () => {
      const parsed = parseSource(withFrontmatter(yaml));
      expect(parsed.yamlErrors).toEqual([]);
      expect(parsed.data).toEqual(reference(yaml));
    });
  }

  it("matches the yaml package on every fixture article", () => {
    const files = markdownFilesUnder(fixtures).filter((file) => readFileSync(file, "utf8").startsWith("---"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const parsed = parseSource(readFileSync(file, "utf8"));
      if (parsed.yamlErrors.length) continue; // the broken fixtures: their errors are tested below and in load.test.ts
      const yaml = readFileSync(file, "utf8").replace(/\r\n?/g, "\n").split("\n---")[0].replace(/^\uFEFF?---\n?/, "");
      expect(parsed.data, file).toEqual(reference(yaml));
    }
  });
});

describe("parseSource's errors", () => {
  it("points at a duplicated key's line", () => {
    const parsed = parseSource(withFrontmatter("title: One\nsummary: A\ntitle: Two"));
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors).toEqual([expect.objectContaining({ line: 4, message: expect.stringMatching(/unique/i) })]);
  });

  it("points at the line of broken syntax", () => {
    const parsed = parseSource(withFrontmatter("title: One\nrefs: [a, b\nsummary: x"));
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors[0]).toMatchObject({ message: expect.stringMatching(/^invalid YAML: /) });
    expect(parsed.yamlErrors[0].line).toBeGreaterThanOrEqual(3);
  });

  it("still finds where a field is written when the data came through the fast path", () => {
    const parsed = parseSource(withFrontmatter("title: One\nprices:\n  UK:\n    amount: 12\n    source: shop"));
    expect(parsed.yamlErrors).toEqual([]);
    expect(parsed.locate(["prices", "UK", "source"])).toEqual({ line: 6, column: 5 });
    expect(parsed.bodyLine).toBe(8); // the line after the closing ---
  });
});
