import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { FIXTURE_BUILD } from "./servers";

// Guide pages are documents: the only JavaScript they may load is the framework's and the site
// layout's, which every page shares. The 404 page has nothing of its own, so it is the baseline.
async function scriptsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).sort();
}

test("guide pages ship no page-specific client JavaScript", async ({ request }) => {
  const shared = await scriptsOf(request, "/no/such/page");
  expect(shared.length).toBeGreaterThan(0);
  for (const path of ["/", "/modalities", "/modalities/cold-water-immersion", "/tools", "/tools/air-relief-boots", "/guides", "/guides/recovery-foundations"]) {
    expect(await scriptsOf(request, path), path).toEqual(shared);
  }
});

test("a page with its own interactive part does load its own script (the check above can tell)", async ({ request }) => {
  const shared = await scriptsOf(request, "/no/such/page");
  const search = await scriptsOf(request, "/search");
  expect(search.filter((src) => !shared.includes(src))).toHaveLength(1);
});

test("the start-up chunks every page runs carry V8's compile hint, and a page's own script does not", async ({ request }) => {
  // V8's magic comment, which `npm run build` puts on the chunks its build manifest names.
  const hint = "//# allFunctionsCalledOnLoad\n";
  const { rootMainFiles } = JSON.parse(readFileSync(join(FIXTURE_BUILD.NEXT_DIST_DIR, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const startup = rootMainFiles.filter((f) => f.endsWith(".js")).map((f) => `/_next/${f}`);
  expect(startup.length).toBeGreaterThan(0);
  const shared = await scriptsOf(request, "/guides/recovery-foundations");
  for (const src of startup) {
    expect(shared, src).toContain(src);
    expect((await (await request.get(src)).text()).startsWith(hint), src).toBe(true);
  }
  const [own] = (await scriptsOf(request, "/search")).filter((src) => !shared.includes(src));
  expect((await (await request.get(own)).text()).startsWith(hint)).toBe(false);
});
