import { createHash } from "node:crypto";
import { expect, type Page } from "@playwright/test";

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
