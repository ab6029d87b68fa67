import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// What the npm script runs: the precompiled check, not tsx.
const run = (dir: string) => spawnSync(process.execPath, [join("scripts", "content-check.mjs"), dir], { encoding: "utf8" });

describe("npm run content:check", () => {
  it("exits 0 and counts the articles when all content is valid", () => {
    const result = run(join("tests", "fixtures", "valid"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Content OK: 3 modalities, 3 tools, 1 guide \(7 articles checked in \d+ ms\)\.$/m);
  });

  it("prints every problem as path:line:column  field  message and exits 1", () => {
    const result = run(join("tests", "fixtures", "broken"));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe("19 content problems in 14 files:");
    expect(lines).toContain(
      `${join("tests", "fixtures", "broken", "tools", "unknown-modality.md")}:6:36  modalities[1]  unknown modality "cold-water-imersion" (did you mean "cold-water-immersion"?): there is no content/modalities/cold-water-imersion.md`,
    );
    expect(lines.slice(1, 20).every((l) => /^\S+\.md:\d+:\d+ {2}.+? {2}.+$/.test(l))).toBe(true);
  });
});
