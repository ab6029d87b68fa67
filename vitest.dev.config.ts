import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The dev-server test starts `next dev` and waits for it to compile pages, so it runs on its own, after the other tests.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/dev/**/*.test.ts"],
    environment: "node",
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
