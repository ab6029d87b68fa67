import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { scaffoldArticle, SCAFFOLD_KINDS, type ScaffoldKind } from "@/lib/content/scaffold";
import { slugify } from "@/lib/content/slug";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A copy of the valid fixtures with one scaffolded article added. */
function withScaffold(kind: ScaffoldKind, title: string, fill?: (text: string) => string) {
  const root = mkdtempSync(join(tmpdir(), "scaffold-"));
  roots.push(root);
  cpSync(join(__dirname, "..", "fixtures", "valid"), root, { recursive: true });
  const text = scaffoldArticle(kind, title, "2026-11-23");
  const file = join(root, SCAFFOLD_KINDS[kind], `${slugify(title)}.md`);
  writeFileSync(file, fill ? fill(text) : text);
  return loadContent(root, { includeDrafts: false });
}

// What an editor would type in place of each placeholder.
const FILLS: [RegExp, string][] = [
  [/summary: TODO.*/, "summary: A small test article written to check the scaffold."],
  [/brand: TODO.*/, "brand: Hyperice"],
  [/- TODO-modality-slug/, "- cold-water-immersion"],
  [/amount: TODO.*/, "amount: 199"],
  [/source: TODO who published it/, "source: The maker's store"],
  [/- TODO who it suits best/, "- Runners who travel"],
  [/- TODO$/gm, "- Something true"],
  [/note: TODO what it is.*/, "note: A lacrosse ball does much the same for a few dollars."],
  [/category: TODO.*/, "category: cold"],
  [/grade: TODO.*/g, "grade: insufficient"],
  [/summary: TODO one sentence on what.*/g, "summary: No review has measured this outcome yet."],
  [/references:   # every paper[\s\S]*?(?=\n---)/, "references: []"],
  [/^TODO$/gm, "Written by hand."],
];
const fill = (text: string) => FILLS.reduce((t, [re, value]) => t.replace(re, value), text);

describe("npm run new (scaffoldArticle)", () => {
  it("derives the file name from the title", () => {
    expect(slugify("Hypervolt Go 2")).toBe("hypervolt-go-2");
    expect(slugify("Théragun  PRO (2024)!")).toBe("theragun-pro-2024");
  });

  for (const kind of Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[]) {
    it(`writes a ${kind} that fails the check until its placeholders are replaced, and passes after`, () => {
      const before = withScaffold(kind, "Test Article");
      expect(before.issues.length).toBeGreaterThan(0);
      expect(before.issues.every((i) => i.message.includes("TODO placeholder"))).toBe(true);
      const after = withScaffold(kind, "Test Article", fill);
      expect(after.issues).toEqual([]);
      const loaded = [...after.modalities, ...after.tools, ...after.guides].find((e) => e.slug === "test-article");
      expect(loaded?.title).toBe("Test Article");
    });
  }

  it("lists every field of the schema, with the allowed words in comments", () => {
    const tool = scaffoldArticle("tool", "X", "2026-11-23");
    for (const field of ["title", "summary", "updated", "draft", "brand", "modalities", "price", "runningCosts", "specs", "bodyAreas", "bestFor", "pros", "cons", "alternative", "references"]) {
      expect(tool, field).toMatch(new RegExp(`^#? ?${field}:`, "m"));
    }
    expect(scaffoldArticle("modality", "X", "2026-11-23")).toContain("# one of: strong, moderate, limited, conflicting, no-effect, insufficient, harm");
  });

  describe("the command", { timeout: 60_000 }, () => {
    /** Runs `npm run new` in a folder whose content/ is a copy of the fixture site; starting tsx takes seconds on a busy machine. */
    function runNew(...args: string[]) {
      const root = mkdtempSync(join(tmpdir(), "scaffold-"));
      roots.push(root);
      cpSync(join(__dirname, "..", "fixtures", "site"), join(root, "content"), { recursive: true });
      const project = process.cwd();
      const run = spawnSync(process.execPath, [join(project, "node_modules", "tsx", "dist", "cli.mjs"), join(project, "scripts", "new.ts"), ...args], {
        cwd: root,
        encoding: "utf8",
      });
      return { run, content: join(root, "content") };
    }

    it("refuses to overwrite an existing article", () => {
      const before = readFileSync(join(__dirname, "..", "fixtures", "site", "tools", "ice-tub.md"), "utf8");
      const { run, content } = runNew("tool", "Ice", "Tub");
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("content/tools/ice-tub.md already exists; nothing was written");
      expect(readFileSync(join(content, "tools", "ice-tub.md"), "utf8")).toBe(before);
    });

    it("writes a new article into its collection's folder and says where it will appear", () => {
      const { run, content } = runNew("guide", "Recovery on race week");
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("Created content/guides/recovery-on-race-week.md (it will be /guides/recovery-on-race-week)");
      expect(readFileSync(join(content, "guides", "recovery-on-race-week.md"), "utf8")).toMatch(/^---\ntitle: "Recovery on race week"/);
    });
  });
});
