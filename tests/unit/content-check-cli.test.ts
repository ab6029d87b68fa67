import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatReport } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

const project = process.cwd();

// Vitest points RECOVERY_CONTENT_DIR at the fixture site (vitest.config.ts); the check reads it, so
// each run says which folder the site is built from, or none.
const env: NodeJS.ProcessEnv = { ...process.env };
delete env.RECOVERY_CONTENT_DIR;

/** Runs the check as `npm run content:check` does (precompiled, not through tsx), from `cwd`. */
const run = (args: string[], cwd = project, contentDir?: string) =>
  spawnSync(process.execPath, [join(project, "scripts", "content-check.mjs"), ...args], {
    cwd,
    encoding: "utf8",
    env: contentDir ? { ...env, RECOVERY_CONTENT_DIR: contentDir } : env,
  });

const FORMAT = /^\S+\.md:\d+:\d+ {2}.+? {2}.+$/;

describe("npm run content:check", { timeout: 60_000 }, () => {
  let site: string | undefined;
  afterEach(() => {
    if (site) rmSync(site, { recursive: true, force: true });
    site = undefined;
  });

  it("exits 0 and counts the articles when all content is valid, saying the corpus rules were left out for a folder other than content/", () => {
    const result = run([join("tests", "fixtures", "valid")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Content OK: 3 modalities, 3 tools, 1 guide, 0 categories, 1 study \(8 files checked in \d+ ms\)\. The corpus rules were not applied: they hold for content\/ only\.$/m,
    );
  });

  it("checks the folder the site is built from (RECOVERY_CONTENT_DIR) when given none, so npm run build checks what it builds", () => {
    const result = run([], project, join(project, "tests", "fixtures", "valid"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Content OK: 3 modalities, 3 tools, 1 guide, 0 categories, 1 study \(8 files checked in \d+ ms\)\. The corpus rules were not applied/m);
  });

  it("prints every problem as path:line:column  field  message and exits 1", () => {
    const result = run([join("tests", "fixtures", "broken")]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    // The same report the loader gives (tests/unit/load.test.ts lists each problem of these fixtures).
    const { issues } = loadContent(join("tests", "fixtures", "broken"), { includeDrafts: true });
    expect(lines[0]).toBe(formatReport(issues).split("\n")[0]);
    expect(issues.length).toBeGreaterThan(30);
    expect(lines).toContain(
      `${join("tests", "fixtures", "broken", "tools", "unknown-modality.md")}:7:36  modalities[1]  unknown modality "cold-water-imersion" (did you mean "cold-water-immersion"?): there is no content/modalities/cold-water-imersion.md`,
    );
    expect(lines.slice(1, issues.length + 1).every((l) => FORMAT.test(l))).toBe(true);
  });

  it("holds content/ to the corpus rules as well, reported in the same form with paths from the project", () => {
    site = mkdtempSync(join(tmpdir(), "content-check-"));
    cpSync(join("tests", "fixtures", "corpus-rules", "sections"), join(site, "content"), { recursive: true });
    const result = run([], site);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toContain(
      'content/modalities/missing-sections.md:23:1  (body)  no section on who benefits: add a "## Who benefits most" heading (any level-2 heading with "who benefits" in it counts)',
    );
    expect(lines).toContain(
      'content/guides/methodology.md:1:1  (missing file)  every evidence table and the footer of every page link to it, so /guides/methodology must exist: start it with npm run new -- guide "Methodology"',
    );
    const problems = lines.slice(1, lines.indexOf(""));
    expect(lines[0]).toMatch(/^\d+ content problems in \d+ files:$/);
    expect(problems.every((l) => FORMAT.test(l))).toBe(true);
  });
});
