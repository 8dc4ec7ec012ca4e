import { describe, expect, it } from "vitest";
import { securityHeaders, SIGNED_OUT_PATH, signedOutHeaders } from "@/lib/security/headers";

// Every security header, name and value, word for word: a header dropped or loosened fails here.

const everyResponse = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

describe("the security headers on every response", () => {
  it("are exactly these outside production", () => {
    expect(securityHeaders({ production: false })).toEqual(everyResponse);
  });

  it("add two years of HSTS, subdomains included, in production", () => {
    expect(securityHeaders({ production: true })).toEqual([
      ...everyResponse,
      { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    ]);
  });

  it("clear the browser's cookies and cache on the staff signed-out page", () => {
    expect(SIGNED_OUT_PATH).toBe("/admin/signed-out");
    expect(signedOutHeaders()).toEqual([{ key: "Clear-Site-Data", value: '"cache", "cookies"' }]);
  });
});
