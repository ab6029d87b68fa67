import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { precompiled } from "../../scripts/precompile.mjs";

const runNode = (file: string) => spawnSync(process.execPath, [file], { encoding: "utf8" }).stdout.trim();

// A made-up script in a folder of its own: main.ts prints the word word.ts exports.
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function script(word: string): string {
  dir = mkdtempSync(join(tmpdir(), "precompile-"));
  writeFileSync(join(dir, "word.ts"), `export const word: string = "${word}";\n`);
  writeFileSync(join(dir, "main.ts"), 'import { word } from "./word";\nconsole.log(word);\n');
  return join(dir, "main.ts");
}

describe("precompiled", () => {
  it("builds a TypeScript script and what it imports into one file plain Node runs", async () => {
    const bundle = await precompiled(script("first"), join(dir, "cache"));
    expect(runNode(bundle)).toBe("first");
  });

  it("reuses the bundle while its sources are unchanged and rebuilds it when one changes", async () => {
    const main = script("first");
    const cache = join(dir, "cache");
    const first = await precompiled(main, cache);
    expect(await precompiled(main, cache)).toBe(first);

    writeFileSync(join(dir, "word.ts"), 'export const word: string = "second";\n'); // an imported file, not the entry
    const second = await precompiled(main, cache);
    expect(second).not.toBe(first);
    expect(runNode(second)).toBe("second");
    expect(existsSync(first)).toBe(false); // the stale bundle is not left behind
  });
});
