import { expect, test } from "@playwright/test";
import { STUDY_KINDS, STUDY_KIND_LABELS } from "@/lib/content/vocabulary";
import { fixtureCatalog } from "./fixture-catalog";

test("a reader goes from home to a method, on to a tool that delivers it, and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

  await page.getByRole("link", { name: "Pneumatic compression", exact: true }).first().click();
  await expect(page).toHaveURL(/\/modalities\/pneumatic-compression$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pneumatic compression");
  await expect(page.getByRole("table")).toContainText("Muscle soreness (DOMS)");

  const tools = page.locator("section", { has: page.getByRole("heading", { name: "Tools we review for this method" }) });
  await tools.getByRole("link", { name: "Air Relief Boots" }).click();
  await expect(page).toHaveURL(/\/tools\/air-relief-boots$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Air Relief Boots");
  await expect(page).toHaveTitle("Air Relief Boots · Recovery Guide");

  await page.locator(".delivered").getByRole("link", { name: "Pneumatic compression", exact: true }).click();
  await expect(page).toHaveURL(/\/modalities\/pneumatic-compression$/);
});

test("a table of contents link jumps to its section", async ({ page }) => {
  await page.goto("/modalities/cold-water-immersion");
  const toc = page.getByRole("navigation", { name: "On this page" });
  const first = toc.getByRole("link").first();
  const target = (await first.getAttribute("href"))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test("the skip link is the first stop for keyboard users and moves focus to the content", async ({ page }) => {
  await page.goto("/tools");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main")).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("guide pages render and their links work", async ({ page }) => {
    await page.goto("/modalities");
    await page.getByRole("link", { name: "Cold water immersion", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cold water immersion");
    await expect(page.getByRole("heading", { name: "References" })).toBeVisible();
  });
});

test("unknown slugs and paths get a real 404 page", async ({ page }) => {
  for (const path of ["/modalities/not-a-modality", "/tools/not-a-tool", "/guides/nope", "/no/such/page", "/tools/%E2%9C%93"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Browse recovery methods" })).toBeVisible();
  }
});

test("every page sets its own title, description and canonical URL", async ({ page }) => {
  await page.goto("/modalities/percussion-massage");
  await expect(page).toHaveTitle("Percussion massage · Recovery Guide");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^.{20,200}$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/modalities\/percussion-massage$/);
});

test("every response carries the security headers and no X-Powered-By", async ({ request }) => {
  for (const path of ["/", "/tools/air-relief-boots", "/compare/tools/air-relief-boots/travel-boots", "/compare?tools=air-relief-boots,not-a-tool", "/no/such/page"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the sitemap and robots.txt are served", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain("/modalities/cold-water-immersion</loc>");
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap: ");
});

test("article pages carry valid JSON-LD and social metadata", async ({ page }) => {
  await page.goto("/tools/air-relief-boots");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.map((b) => JSON.parse(b)["@type"]);
  expect(types).toEqual(["Product", "BreadcrumbList"]);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Air Relief Boots");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await page.goto("/guides/choosing-recovery-boots");
  const guideTypes = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b)["@type"]);
  expect(guideTypes).toEqual(["Article", "BreadcrumbList"]);
});

test("RSS, Atom and JSON feeds are served and advertised", async ({ page, request }) => {
  for (const [path, type] of [["/feed.xml", "application/rss+xml"], ["/atom.xml", "application/atom+xml"], ["/feed.json", "application/feed+json"]]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
});

test("links fetch their page when a reader points at or focuses them, not on load, and navigate without a reload", async ({ page }) => {
  const pageFetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") pageFetches.push(new URL(request.url()).pathname);
  });
  await page.goto("/compare/tools/air-relief-boots/travel-boots");
  await page.waitForLoadState("networkidle");
  expect(pageFetches).toEqual([]);

  const nav = page.getByRole("navigation", { name: "Main" });
  const pointed = page.waitForRequest((r) => r.headers()["rsc"] === "1" && new URL(r.url()).pathname === "/tools");
  await nav.getByRole("link", { name: "Tools" }).hover();
  await pointed;

  const focused = page.waitForRequest((r) => r.headers()["rsc"] === "1" && new URL(r.url()).pathname === "/finder");
  await nav.getByRole("link", { name: "Finder" }).focus();
  await focused;

  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await nav.getByRole("link", { name: "Tools" }).click();
  await expect(page).toHaveURL(/\/tools$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recovery tools");
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
});

test("a reader follows a grade's citation to the study, and from the study to every page that cites it", async ({ page }) => {
  await page.goto("/modalities/cold-water-immersion");
  const references = page.getByRole("region", { name: "References" });
  await references.getByRole("link", { name: /^Can water temperature and immersion time influence the effect of cold water immersion/ }).click();
  await expect(page).toHaveURL(/\/studies\/machado-2016$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Can water temperature and immersion time influence");
  await expect(page.getByRole("table")).toContainText("95% CI");
  const cited = page.getByRole("region", { name: "Methods" });
  await expect(cited.getByRole("link", { name: "Cold water immersion" })).toHaveAttribute("href", "/modalities/cold-water-immersion");
});

test("a citation in the text is a link to its study, reached by keyboard", async ({ page }) => {
  await page.goto("/modalities/cold-water-immersion");
  const prose = page.locator(".prose").first();
  const citation = prose.getByRole("link", { name: "Roberts 2015", exact: true });
  await citation.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/studies\/roberts-2015$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the studies index sorts by kind and population through links, without JavaScript as with it", async ({ page }) => {
  await page.goto("/studies");
  await expect(page.getByRole("columnheader", { name: "Year" })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("link", { name: /^Kind/ }).click();
  await expect(page).toHaveURL(/\/studies\/by\/kind$/);
  await expect(page.getByRole("columnheader", { name: "Kind" })).toHaveAttribute("aria-sort", "ascending");
  // Every published work of the fixture site, strongest kind of evidence first.
  const kinds = await page.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(kinds).toHaveLength(fixtureCatalog().studies.length);
  const rank = (label: string) => STUDY_KINDS.findIndex((k) => STUDY_KIND_LABELS[k] === label);
  expect(kinds.every((k) => rank(k) >= 0)).toBe(true);
  expect(kinds.map(rank)).toEqual([...kinds.map(rank)].sort((a, b) => a - b));
  expect(new Set(kinds).size).toBeGreaterThan(3);
});
