import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, keptPageNonce } from "@/lib/web/csp";

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

describe("keptPageNonce", () => {
  it("is the same for one page and one secret, different for another page or another build's secret", () => {
    const secret = "a".repeat(44);
    const a = keptPageNonce("/compare/tools/a/b", secret);
    expect(a).toMatch(/^[A-Za-z0-9+/]{40,}=*$/);
    expect(keptPageNonce("/compare/tools/a/b", secret)).toBe(a);
    expect(keptPageNonce("/compare/tools/b/a", secret)).not.toBe(a);
    expect(keptPageNonce("/compare/tools/a/b", "b".repeat(44))).not.toBe(a);
  });
});
