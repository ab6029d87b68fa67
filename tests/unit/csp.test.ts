import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, firstRenderNonce, inlineScriptHashes } from "@/lib/web/csp";

describe("inlineScriptHashes", () => {
  it("hashes each executable inline script once, in order, and skips external and data scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>alert(1)</script>",
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script id="_R_">alert(1)</script>',
      '<script type="module">x()</script>',
    ].join("");
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
    expect(hashes[1]).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });

  it("finds nothing in a page without inline scripts", () => {
    expect(inlineScriptHashes("<p>plain</p>")).toEqual([]);
  });
});

describe("contentSecurityPolicy", () => {
  it("names the nonce and hashes it is given and never allows inline script wholesale", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", hashes: ["sha256-xyz="] });
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc' 'sha256-xyz='");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("loosens only what the development server needs", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", dev: true });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws:");
  });
});

describe("createNonce", () => {
  it("gives a different base64 value each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{20,}=*$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe("firstRenderNonce", () => {
  it("is the same for one page, different for another, and unguessable base64", () => {
    const a = firstRenderNonce("/compare/tools/a/b");
    expect(a).toMatch(/^[A-Za-z0-9+/]{40,}=*$/);
    expect(firstRenderNonce("/compare/tools/a/b")).toBe(a);
    expect(firstRenderNonce("/compare/tools/b/a")).not.toBe(a);
  });
});
