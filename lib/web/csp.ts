import { createHash, createHmac, randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of every page. Scripts run only from this origin or when the
 * policy names them: by hash for prerendered pages (their inline scripts are fixed at build
 * time, so a nonce cannot be injected), by a per-request nonce for pages rendered on demand.
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

// Script types a browser executes; JSON-LD and other data blocks are not scripts to CSP.
const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** `sha256-…` sources for every inline script a page will execute, in document order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? "";
    if (!EXECUTABLE_TYPES.has(type)) continue;
    const hash = `sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

const PROCESS_SECRET = randomBytes(32);

/**
 * The nonce for the first render of a page Next keeps (ISR). Readers who ask for that page while
 * it renders all receive the one HTML it produces, so they must share its nonce; it is
 * unguessable (keyed by a secret this process draws at start) and used only until the page is on
 * disk, after which its policy names the page's scripts by hash instead.
 */
export function firstRenderNonce(pathname: string): string {
  return createHmac("sha256", PROCESS_SECRET).update(pathname).digest("base64");
}
