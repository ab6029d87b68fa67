import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COLLECTION_NAMES, collections, type CollectionName } from "@/lib/content/collections";
import { fieldRows } from "@/lib/content/field-docs";
import { loadContent } from "@/lib/content/load";
import { buildCatalog } from "@/lib/catalog/catalog";
import { scaffoldEntry } from "@/lib/content/scaffold";
import { slugify } from "@/lib/content/slug";
import { MODALITY_CATEGORIES, OUTCOMES } from "@/lib/content/vocabulary";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A copy of the valid fixtures with one scaffolded entry added. */
function withScaffold(collection: CollectionName, title: string, fill?: (text: string) => string) {
  const root = mkdtempSync(join(tmpdir(), "scaffold-"));
  roots.push(root);
  cpSync(join(__dirname, "..", "fixtures", "valid"), root, { recursive: true });
  const text = scaffoldEntry(collection, title, "2026-11-23");
  mkdirSync(join(root, collection), { recursive: true }); // the valid fixtures have no buying guide
  writeFileSync(join(root, collection, `${slugify(title)}.md`), fill ? fill(text) : text);
  return loadContent(root, { includeDrafts: false });
}

// What an editor would type in place of each placeholder (the comment after it stays).
const FILLS: [RegExp, string][] = [
  [/^summary: TODO[^#]*/m, "summary: A small test article written to check the scaffold. "],
  [/^brand: TODO[^#]*/m, "brand: Hyperice "],
  [/^modalities:(.*)\n  - TODO.*/m, "modalities:$1\n  - cold-water-immersion"],
  [/^(bestFor|pros|cons):(.*)\n  - TODO.*/gm, "$1:$2\n  - Something true"],
  [/^  note: TODO[^#]*/m, "  note: A lacrosse ball does much the same for a few dollars. "],
  // a tool's category, and its bench (tape's, the shortest) with every attribute marked as not found
  [/^category: TODO(?=.*The kind of product)/m, "category: tape"],
  [/^bench: \{\}/m, "bench: { rollLengthM: not-found, wearDays: not-found, material: not-found }"],
  [/^category: TODO/m, "category: cold"],
  [/^    summary: TODO[^#]*/gm, "    summary: No review has measured this outcome yet. "],
  [/^authors: TODO[^#]*/m, "authors: Surname AB "],
  [/^venue: TODO[^#]*/m, "venue: A journal 1:1-2 "],
  [/^kind: TODO/m, "kind: maker"],
  [/^# doi: /m, "doi: "],
  [/^    tool: TODO[^#]*/m, "    tool: ice-tub "],
  [/^    why: TODO[^#]*/m, "    why: The one tub the fixtures have. "],
  [/^TODO$/gm, "Written by hand."],
];
const fill = (text: string) => FILLS.reduce((t, [re, value]) => t.replace(re, value), text);

/** A buying guide is named after its category (the valid fixtures' Ice Tub is a cold plunge); every other entry can take any title. */
const titleFor = (collection: CollectionName) => (collection === "categories" ? "Cold plunges" : "Test Article");

describe("npm run new (scaffoldEntry)", () => {
  it("derives the file name from the title", () => {
    expect(slugify("Hypervolt Go 2")).toBe("hypervolt-go-2");
    expect(slugify("Théragun  PRO (2024)!")).toBe("theragun-pro-2024");
  });

  for (const collection of COLLECTION_NAMES) {
    it(`writes a ${collections[collection].singular} that fails the check until its placeholders are replaced, and passes after`, () => {
      const title = titleFor(collection);
      const before = withScaffold(collection, title);
      expect(before.issues.length).toBeGreaterThan(0);
      expect(before.issues.every((i) => i.message.includes("TODO placeholder")), before.issues.map((i) => i.message).join("\n")).toBe(true);
      const after = withScaffold(collection, title, fill);
      expect(after.issues).toEqual([]);
      expect(after[collection].find((e) => e.slug === slugify(title))?.title).toBe(title);
    });

    it(`writes every field of the ${collections[collection].singular} schema, with its description`, () => {
      const text = scaffoldEntry(collection, "X", "2026-11-23");
      for (const row of fieldRows(collection).filter((r) => !r.path.includes("[]"))) {
        const name = row.path.split(".").at(-1)!;
        const depth = row.path.split(".").length - 1;
        // on its own line at its depth, or inside its parent's example written as { min: 10, max: 15 }
        expect(text, row.path).toMatch(new RegExp(`(^ {${depth * 2}}(# )?|[{,] )${name}:`, "m"));
        if (row.description) expect(text, row.path).toContain(row.description);
      }
    });
  }

  it("names the allowed words of a choice in the comment", () => {
    expect(scaffoldEntry("modalities", "X", "2026-11-23")).toContain(`One of: ${MODALITY_CATEGORIES.join(", ")}.`);
  });

  it("writes every outcome's evidence with no entries and no grade, so a new method is graded, and graded insufficient, until studies are listed", () => {
    const text = scaffoldEntry("modalities", "X", "2026-11-23");
    for (const outcome of OUTCOMES) expect(text).toMatch(new RegExp(`^  ${outcome}:.*\n    summary: TODO.*\n    entries: \\[\\]`, "m"));
    expect(text).not.toMatch(/^\s+(grade|refs):/m);
    const loaded = withScaffold("modalities", "Test Article", fill);
    const method = buildCatalog(loaded).modality("test-article")!;
    expect(OUTCOMES.map((o) => method.grades[o].grade)).toEqual(OUTCOMES.map(() => "insufficient"));
  });

  it("refuses to overwrite an existing article", () => {
    const root = mkdtempSync(join(tmpdir(), "scaffold-cli-"));
    roots.push(root);
    cpSync(join(__dirname, "..", "fixtures", "valid"), join(root, "content"), { recursive: true });
    const file = join(root, "content", "tools", "ice-tub.md");
    const before = readFileSync(file, "utf8");
    const run = spawnSync(process.execPath, [join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), join(process.cwd(), "scripts", "new.ts"), "tool", "Ice", "Tub"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join("content", "tools", "ice-tub.md")} already exists; nothing was written`);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses a collection the registry does not have, naming the ones it does", () => {
    const run = spawnSync(process.execPath, [join("node_modules", "tsx", "dist", "cli.mjs"), join("scripts", "new.ts"), "recipe", "Soup"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("<modality|tool|guide|category|study>");
  });
});
