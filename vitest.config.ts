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
    // One module graph per worker rather than one per file: the tests share no state they do not
    // reset (stubbed globals are unstubbed after each), and importing the content pipeline, React
    // and jsdom afresh for each of 67 files took 110 s of the run, against 30 s shared. Checked
    // with --sequence.shuffle: the files pass in any order.
    isolate: false,
    // Code that calls getCatalog() (routes, pages, social images) loads the fixture site, so that
    // rewording or adding an article in content/ never breaks an engineering test.
    env: { RECOVERY_CONTENT_DIR: fileURLToPath(new URL("tests/fixtures/site", import.meta.url)) },
  },
});
