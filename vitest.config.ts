import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  esbuild: { jsx: "automatic" },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx", "tests/relevance/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // Several tests start the real CLIs (tsx scripts/…), a few seconds each on a busy 2-core
    // machine; the default 5 s limit fails them for the machine's load, not for their behaviour.
    testTimeout: 30_000,
    // Code that calls getCatalog() (routes, pages, social images) loads the fixture site, so that
    // rewording or adding an article in content/ never breaks an engineering test.
    env: { RECOVERY_CONTENT_DIR: fileURLToPath(new URL("tests/fixtures/site", import.meta.url)) },
  },
});
