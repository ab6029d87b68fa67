import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  esbuild: { jsx: "automatic" },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // Code that calls getCatalog() (routes, pages, social images) loads the fixture site, so that
    // rewording or adding an article in content/ never breaks an engineering test.
    env: { RECOVERY_CONTENT_DIR: fileURLToPath(new URL("tests/fixtures/site", import.meta.url)) },
  },
});
