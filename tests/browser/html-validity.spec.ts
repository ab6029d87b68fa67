import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

// The served HTML of every page type must pass the W3C Nu validator (vnu-jar, run with Java).
const PAGES = [
  "/",
  "/modalities",
  "/modalities/cold-water-immersion",
  "/tools",
  "/tools/thump-gun",
  "/guides",
  "/guides/methodology",
  "/studies",
  "/studies/machado-2016",
  "/evidence",
  "/evidence/by/soreness",
  "/compare/tools/air-relief-boots/travel-boots/thump-gun",
  "/compare/modalities/cold-water-immersion/sleep",
  "/compare?tools=nope",
  "/finder?situation=travel&budget=free",
  "/search?q=ice",
  "/plan?week=2026-12-07&tue=intervals.evening&thu=strength.morning&sat=long&own=foam-roller&race=2026-12-13",
  "/plan/rules",
  "/no/such/page",
];

test("the served HTML passes the W3C Nu validator with zero errors", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), "vnu-"));
  try {
    const files = await Promise.all(
      PAGES.map(async (path, i) => {
        const file = join(dir, `page-${i}.html`);
        writeFileSync(file, await (await request.get(path)).text());
        return file;
      }),
    );
    let report = "";
    try {
      execFileSync("java", ["-jar", join("node_modules", "vnu-jar", "build", "dist", "vnu.jar"), "--errors-only", "--format", "text", ...files], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const e = error as { code?: string; stderr?: string; stdout?: string };
      if (e.code === "ENOENT") throw new Error('Java is needed for the HTML validator: install it with "apt-get install -y default-jre-headless".');
      report = `${e.stdout ?? ""}${e.stderr ?? ""}`;
      files.forEach((f, i) => (report = report.replaceAll(`file:${f}`, PAGES[i])));
    }
    expect(report).toBe("");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
