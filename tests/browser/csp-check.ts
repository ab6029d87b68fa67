import { createHash } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

// How the browser tests judge a page's Content-Security-Policy: in the HTML as served, and in
// Chromium as it runs the page.

/**
 * The inline scripts of `html` that `policy` allows neither by nonce nor by hash: what a browser
 * would block. A data block (JSON-LD) is not a script to CSP.
 */
export function blockedScripts(html: string, policy: string): string[] {
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  const blocked: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/.test(attributes) || /\btype="application\/(ld\+)?json"/.test(attributes)) continue;
    const nonce = /\bnonce="([^"]+)"/.exec(attributes)?.[1];
    const hash = `sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`;
    if (!(nonce && scriptSrc.includes(`'nonce-${nonce}'`)) && !scriptSrc.includes(`'${hash}'`)) blocked.push(body.slice(0, 60));
  }
  return blocked;
}

/** Starts collecting the page's CSP violations, from before its first script runs. */
export async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

export const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Next's inline bootstrap ran: its flight data queue exists only if the inline scripts executed. */
export async function expectHydrationScriptsRan(page: Page) {
  await expect.poll(() => page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
}

/** The path of every page the site's sitemap lists. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
}

/**
 * Requests every page the sitemap lists or a link reaches (kept comparisons and pages rendered per
 * request included), and the 404 page, and judges each document's policy against its inline
 * scripts. The hashes of prerendered pages are taken once, after the build, from what the server
 * sends (scripts/serving-manifest.ts): should the build serve any page otherwise (a page left out
 * of the manifest, HTML that changed after it was hashed, Next stamping scripts differently), that
 * page's scripts would be blocked, and this names it.
 */
export async function crawlForBlockedScripts(request: APIRequestContext): Promise<{ failures: string[]; documents: number }> {
  const queue = ["/", ...(await sitemapPaths(request)), "/no/such/page"];
  const seen = new Set(queue);
  const failures: string[] = [];
  let documents = 0;
  for (let url = queue.shift(); url !== undefined && seen.size < 1_000; url = queue.shift()) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (!response.headers()["content-type"]?.startsWith("text/html")) continue;
    documents++;
    const html = await response.text();
    const policy = response.headers()["content-security-policy"] ?? "";
    const blocked = blockedScripts(html, policy);
    if (!policy || policy.includes("unsafe-inline") || blocked.length) failures.push(`${url}: ${policy ? `${blocked.length} inline scripts blocked: ${blocked[0]}` : "no policy"}`);
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="(\/(?!\/)[^"#]*)/g)) {
      const link = href.replaceAll("&amp;", "&");
      if (seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return { failures, documents };
}
