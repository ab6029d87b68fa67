import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentCache } from "@/lib/content/content-cache";
import { loadContent } from "@/lib/content/load";
import { siteRoot } from "../fixtures/catalogs";

// The planner's rule table is content: a mistake in it stops the build with the file, line and
// field, like any article. Each case copies the fixture site and rewrites its planner.md.
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function loadWithPlanner(rules: string) {
  const root = mkdtempSync(join(tmpdir(), "planner-"));
  roots.push(root);
  cpSync(siteRoot, root, { recursive: true });
  writeFileSync(join(root, "planner.md"), `---\ntitle: Rules\nsummary: How it decides.\nupdated: 2026-11-20\nrules:\n${rules}---\n\nBody.\n`);
  const result = loadContent(root, { includeDrafts: false, cache: new ContentCache() });
  const file = relative(process.cwd(), join(root, "planner.md"));
  return { result, issues: result.issues.map((i) => ({ ...i, file: i.file === file ? "planner.md" : i.file })) };
}

const RULE = `  - id: refuel\n    after: [long]\n    window: within-30-min\n    do: nutrition\n    outcome: performance\n    say: Eat soon.\n    studies: [thomas-2016]\n`;

describe("the planner's rule table", () => {
  it("loads with the content when valid", () => {
    const { result, issues } = loadWithPlanner(RULE);
    expect(issues).toEqual([]);
    expect(result.planner?.rules.map((r) => r.id)).toEqual(["refuel"]);
  });

  it("names the line and field of a method or study that does not exist", () => {
    const { issues } = loadWithPlanner(RULE.replace("do: nutrition", "do: nutriton").replace("[thomas-2016]", "[thomas-2061]"));
    expect(issues).toEqual([
      { file: "planner.md", line: 9, column: 5, field: "rules[0].do", message: '"nutriton" is not a method in content/modalities' },
      { file: "planner.md", line: 12, column: 15, field: "rules[0].studies[0]", message: '"thomas-2061" is not a study in content/studies' },
    ]);
  });

  it("says what a rule lacks or has too much of, and refuses a second rule of the same name", () => {
    const both = RULE.replace("    do: nutrition\n", "    do: nutrition\n    skip: sleep\n");
    const skip = RULE.replace("    do: nutrition\n", "    skip: cold-water-immersion\n").replace("refuel", "cold");
    const { issues } = loadWithPlanner(both + skip + RULE);
    const messages = issues.map((i) => `${i.field}: ${i.message}`);
    expect(messages).toContain("rules[0]: give exactly one of do, skip, choose or familiarOnly (this rule has do and skip)");
    expect(messages).toContain("rules[1].whenGrade: a skip rule says which grades make it apply, like whenGrade: [harm], so it stops when the evidence changes");
    expect(messages).toContain('rules[2].id: another rule is already called "refuel": give each rule its own id');
    expect(issues.every((i) => i.file === "planner.md" && i.line > 1)).toBe(true);
  });

  it("reports a rule with no study, an unknown window and broken YAML", () => {
    const noStudy = loadWithPlanner(RULE.replace("[thomas-2016]", "[]").replace("within-30-min", "tomorrow-ish")).issues.map((i) => i.field);
    expect(noStudy).toEqual(expect.arrayContaining(["rules[0].studies", "rules[0].window"]));
    const yaml = loadWithPlanner(`  - id: refuel\n    after: [long\n`).issues;
    expect(yaml[0]).toMatchObject({ file: "planner.md", field: "(yaml)" });
  });
});
