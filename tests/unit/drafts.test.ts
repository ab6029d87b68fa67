import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const fixtures = join(__dirname, "..", "fixtures", "valid");
const cwd = process.cwd();
let root: string | undefined;

/** getCatalog exactly as the site runs it, in a folder whose content/ holds the fixtures (one of them a draft). */
async function catalogIn(env: "production" | "development") {
  root = mkdtempSync(join(tmpdir(), "drafts-"));
  cpSync(fixtures, join(root, "content"), { recursive: true });
  process.chdir(root);
  vi.stubEnv("NODE_ENV", env);
  vi.resetModules();
  const { getCatalog } = await import("@/lib/catalog/catalog");
  return getCatalog();
}

afterEach(() => {
  process.chdir(cwd);
  vi.unstubAllEnvs();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("drafts", () => {
  it("are left out of the production catalog, and so out of every index and cross-link", async () => {
    const catalog = await catalogIn("production");
    expect(catalog.modality("sauna")).toBeUndefined();
    expect(catalog.modalities.map((m) => m.slug)).not.toContain("sauna");
    expect(catalog.modalitiesByCategory().flatMap((g) => g.modalities).map((m) => m.slug)).not.toContain("sauna");
  });

  it("are shown while writing in development", async () => {
    const catalog = await catalogIn("development");
    expect(catalog.modality("sauna")?.draft).toBe(true);
  });
});
