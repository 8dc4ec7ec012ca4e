import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { isDynamicPath } from "@/lib/security/dynamic-routes";
import { securityHeaders, signedOutHeaders } from "@/lib/security/headers";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe("content security policy", () => {
  it("allows only this request's nonce for scripts on dynamic pages", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123" });
    expect(directive(policy, "script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("keeps every other directive strict on static pages", () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, "object-src")).toBe("'none'");
    expect(directive(policy, "base-uri")).toBe("'none'");
    expect(directive(policy, "frame-ancestors")).toBe("'none'");
    expect(directive(policy, "form-action")).toBe("'self'");
    expect(directive(policy, "style-src")).toBe("'self'");
  });
});

describe("headers on every response", () => {
  it("sends HSTS only in production", () => {
    const names = (production: boolean) => securityHeaders({ production }).map((h) => h.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
  });

  it("sends no referrer to other sites, and only this site's own to itself (L-2)", () => {
    for (const production of [true, false]) {
      const policies = securityHeaders({ production }).filter((h) => h.key === "Referrer-Policy");
      expect(policies.map((h) => h.value)).toEqual(["same-origin"]);
    }
  });
});

describe("which pages are rendered per request", () => {
  it.each(["/refer", "/refer/who", "/admin", "/admin/referrals/1", "/api/health", "/search"])(
    "%s is dynamic",
    (path) => {
      expect(isDynamicPath(path)).toBe(true);
    },
  );
  it.each(["/", "/ipt-for-adults", "/referrals-explained", "/administration"])("%s is static", (path) => {
    expect(isDynamicPath(path)).toBe(false);
  });
});

describe("the static-page policy without a build's hash file", () => {
  it("fails closed in production: no inline scripts at all (L-7)", async () => {
    const { contentSecurityPolicy } = await import("@/lib/security/csp");
    const scripts = contentSecurityPolicy({})
      .split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self'");
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-inline'");
  });
});

describe("signing out", () => {
  it("tells the browser to drop this site's cookies and cache on the signed-out page", () => {
    expect(signedOutHeaders()).toEqual([{ key: "Clear-Site-Data", value: '"cache", "cookies"' }]);
  });
});
