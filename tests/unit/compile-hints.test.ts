import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "../../scripts/compile-hints.mjs";

// The last step of `npm run build`, on a made-up build folder shaped like Next's.
let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function fakeBuild(manifest: unknown): string {
  dist = mkdtempSync(join(tmpdir(), "compile-hints-"));
  mkdirSync(join(dist, "static", "chunks"), { recursive: true });
  for (const name of ["runtime.js", "framework.js", "search-page.js", "site.css"]) {
    writeFileSync(join(dist, "static", "chunks", name), `/* ${name} */(()=>{})();`);
  }
  if (manifest !== undefined) writeFileSync(join(dist, "build-manifest.json"), JSON.stringify(manifest));
  return dist;
}
const chunk = (name: string) => readFileSync(join(dist, "static", "chunks", name), "utf8");

describe("addCompileHints", () => {
  it("marks every start-up chunk, and only those", () => {
    fakeBuild({ rootMainFiles: ["static/chunks/runtime.js", "static/chunks/framework.js", "static/chunks/site.css"] });
    expect(addCompileHints(dist)).toEqual(["static/chunks/runtime.js", "static/chunks/framework.js"]);
    // V8's magic comment, as the file's first line.
    expect(chunk("runtime.js")).toBe("//# allFunctionsCalledOnLoad\n/* runtime.js */(()=>{})();");
    expect(chunk("framework.js").startsWith(COMPILE_HINT)).toBe(true);
    expect(chunk("search-page.js")).toBe("/* search-page.js */(()=>{})();");
    expect(chunk("site.css")).toBe("/* site.css */(()=>{})();");
  });

  it("marks a chunk once, however often the build step runs", () => {
    fakeBuild({ rootMainFiles: ["static/chunks/framework.js"] });
    addCompileHints(dist);
    const once = chunk("framework.js");
    expect(addCompileHints(dist)).toEqual([]);
    expect(chunk("framework.js")).toBe(once);
  });

  it("stops the build with the manifest's path when it cannot find the start-up chunks", () => {
    fakeBuild(undefined);
    expect(() => addCompileHints(dist)).toThrow(`cannot read the start-up chunks from ${join(dist, "build-manifest.json")}`);
    rmSync(dist, { recursive: true, force: true });
    fakeBuild({ pages: {} });
    expect(() => addCompileHints(dist)).toThrow(/lists no rootMainFiles/);
  });
});
