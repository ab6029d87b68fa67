import { createHmac } from "node:crypto";

/**
 * The Content-Security-Policy of every page. Scripts run only from this origin or when the
 * policy names them: by hash for prerendered pages (their inline scripts are fixed at build
 * time, so no nonce can be stamped on them), by a nonce for pages rendered on request.
 */
export function contentSecurityPolicy({ nonce, hashes = [], dev = false }: { nonce?: string; hashes?: readonly string[]; dev?: boolean }): string {
  const scriptSources = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((hash) => `'${hash}'`)];
  // React's development build evaluates code to rebuild server stacks, and the dev server
  // talks over a websocket; neither exists in production.
  if (dev) scriptSources.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

/**
 * The nonce of a page Next renders on its first request and then keeps (ISR): the first render
 * stamps it into the HTML every later reader receives, so it is a function of the path and the
 * build's secret (lib/web/serving-manifest.ts), the same on every response for that path, after a
 * restart of the same build too. Anyone can read it off the page; that is safe only because such a
 * page is a pure function of its path and the build and shows nothing from the request, so there
 * is nothing on it to inject into, as with a prerendered page named by hash. It differs per path
 * and per build, so one page's nonce never unlocks another.
 */
export function keptPageNonce(pathname: string, secret: string): string {
  return createHmac("sha256", secret).update(pathname).digest("base64");
}
