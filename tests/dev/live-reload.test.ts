import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Starts `next dev` on a copy of the fixture site (RECOVERY_CONTENT_DIR), then adds, edits,
// breaks, fixes and deletes a draft guide, checking each change shows on the next page load
// without restarting the server. The copy keeps the test's edits out of content/ and the real
// articles out of the test.
const port = 3499;
const slug = `zz-live-reload-probe-${process.pid}`;
const root = mkdtempSync(join(tmpdir(), "live-reload-"));
const file = join(root, "guides", `${slug}.md`);

const article = (body: string, updated = "2026-11-23") => `---
title: Live reload probe
summary: A temporary draft written by the dev-server test and deleted after it.
updated: ${updated}
draft: true
---

## Probe

${body}
`;

let server: ChildProcess;
let output = "";

async function get(path: string) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, html: await response.text() };
}

/** Polls until the page satisfies `check`; the dev server compiles on first request, which can take a while. */
async function until(check: (r: { status: number; html: string }) => boolean, what: string) {
  const deadline = Date.now() + 90_000;
  let last = { status: 0, html: "" };
  while (Date.now() < deadline) {
    last = await get(`/guides/${slug}`).catch(() => last);
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}; last status ${last.status}`);
}

describe("npm run dev", () => {
  beforeAll(async () => {
    cpSync(join("tests", "fixtures", "site"), root, { recursive: true });
    server = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "dev", "-H", "127.0.0.1", "-p", String(port)], {
      env: { ...process.env, NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1", RECOVERY_CONTENT_DIR: root },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if ((await get("/").catch(() => ({ status: 0 }))).status === 200) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`next dev did not start:\n${output}`);
  });

  afterAll(() => {
    server?.kill("SIGTERM");
    rmSync(root, { recursive: true, force: true });
  });

  it("shows added, edited, broken, fixed and deleted articles without a restart", async () => {
    expect((await get("/tools/vibe-ball")).status).toBe(200); // a fixture article: the server reads the copy, not content/

    writeFileSync(file, article("First version of the probe."));
    const added = await until((r) => r.status === 200 && r.html.includes("First version of the probe."), "the new article");
    expect(added.html).toContain("Draft."); // drafts show in dev, with a banner

    writeFileSync(file, article("Second version of the probe."));
    await until((r) => r.html.includes("Second version of the probe."), "the edit");

    writeFileSync(file, article("Broken version.", "2026-13-45"));
    const broken = await until((r) => r.status === 500, "the error page");
    expect(broken.html).toContain(`${slug}.md:4:1  updated  expected a real date written YYYY-MM-DD`);
    expect(output).toContain(`${slug}.md:4:1  updated  expected a real date written YYYY-MM-DD`);

    writeFileSync(file, article("Fixed version of the probe."));
    await until((r) => r.status === 200 && r.html.includes("Fixed version of the probe."), "recovery after the fix");

    rmSync(file);
    await until((r) => r.status === 404, "the 404 after deleting");
  });
});
