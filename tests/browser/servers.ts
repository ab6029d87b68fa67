import { resolve } from "node:path";

// The two builds the browser tests run against (playwright.config.ts). Specs that start a server
// of their own or read a build's files import these, so they use the same build as their project.

/** TEST_PORT serves the fixture site; the real site is on the next port. */
export const FIXTURE_PORT = Number(process.env.TEST_PORT ?? 3210);
export const SITE_PORT = FIXTURE_PORT + 1;

/**
 * The fixture site (tests/fixtures/site), built into a folder of its own so it never overwrites the
 * real build in .next. Engineering specs run here: rewording or adding an article in content/
 * never breaks them.
 */
export const FIXTURE_BUILD = {
  RECOVERY_CONTENT_DIR: resolve("tests", "fixtures", "site"),
  NEXT_DIST_DIR: ".next-fixtures",
};

/** The real site's build, which is what ships. */
export const SITE_BUILD = { NEXT_DIST_DIR: ".next" };
