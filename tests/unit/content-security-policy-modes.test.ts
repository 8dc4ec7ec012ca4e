import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/csp";

// The whole policy, word for word, in each of the four ways a page can be served: any loosened,
// dropped or added source in any directive fails one of these.

const strictRest = [
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
];
const policy = (scripts: string, styles: string) =>
  ["default-src 'self'", `script-src ${scripts}`, `style-src ${styles}`, ...strictRest].join("; ");

describe("the content security policy, whole", () => {
  it("on a dynamic page in production: this request's nonce and nothing inline", () => {
    expect(contentSecurityPolicy({ nonce: "n0nce" })).toBe(policy("'self' 'nonce-n0nce' 'strict-dynamic'", "'self'"));
  });

  it("on a static page with its build hashes: same-origin files and exactly those hashes", () => {
    expect(contentSecurityPolicy({ scriptHashes: ["'sha256-a'", "'sha256-b'"] })).toBe(
      policy("'self' 'sha256-a' 'sha256-b'", "'self'"),
    );
  });

  it("on a static page with no hash file in production: same-origin script files only", () => {
    expect(contentSecurityPolicy()).toBe(policy("'self'", "'self'"));
    expect(contentSecurityPolicy({})).toBe(policy("'self'", "'self'"));
    expect(contentSecurityPolicy({ development: false })).toBe(policy("'self'", "'self'"));
  });

  it("a nonce wins over hashes: a dynamic page never allows a static page's inline scripts", () => {
    expect(contentSecurityPolicy({ nonce: "n", scriptHashes: ["'sha256-a'"] })).toBe(
      policy("'self' 'nonce-n' 'strict-dynamic'", "'self'"),
    );
  });

  it("loosens scripts and styles only under next dev, which needs eval and inline styles", () => {
    expect(contentSecurityPolicy({ development: true })).toBe(
      policy("'self' 'unsafe-inline' 'unsafe-eval'", "'self' 'unsafe-inline'"),
    );
    expect(contentSecurityPolicy({ development: true, nonce: "n" })).toBe(
      policy("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'", "'self' 'unsafe-inline'"),
    );
    expect(contentSecurityPolicy({ development: true, scriptHashes: ["'sha256-a'"] })).toBe(
      policy("'self' 'sha256-a' 'unsafe-eval'", "'self' 'unsafe-inline'"),
    );
  });
});
