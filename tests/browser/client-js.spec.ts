import { expect, test, type APIRequestContext } from "@playwright/test";

// Guide pages are documents: the only JavaScript they may load is the framework's and the site
// layout's, which every page shares. The 404 page has nothing of its own, so it is the baseline.
async function scriptsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).sort();
}

test("guide pages ship no page-specific client JavaScript", async ({ request }) => {
  const shared = await scriptsOf(request, "/no/such/page");
  expect(shared.length).toBeGreaterThan(0);
  for (const path of ["/", "/modalities", "/modalities/cold-water-immersion", "/tools", "/tools/normatec-3", "/guides", "/guides/recovery-foundations"]) {
    expect(await scriptsOf(request, path), path).toEqual(shared);
  }
});

test("a page with its own interactive part does load its own script (the check above can tell)", async ({ request }) => {
  const shared = await scriptsOf(request, "/no/such/page");
  const search = await scriptsOf(request, "/search");
  expect(search.filter((src) => !shared.includes(src))).toHaveLength(1);
});
