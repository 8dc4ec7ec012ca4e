import { describe, expect, it } from "vitest";
import { staffCookieName, staffCookieSettings } from "@/lib/auth/cookie-names";

// Review L-8: production staff cookies are __Host- cookies, which a browser accepts only when
// Secure, Path=/ and without a Domain.
describe("staff cookie names", () => {
  it("gives every staff cookie the __Host- prefix, Secure and Path=/ in production", () => {
    const settings = staffCookieSettings(true);
    expect(Object.keys(settings)).toEqual(expect.arrayContaining(["session_token", "two_factor", "dont_remember"]));
    for (const [cookie, { name, attributes }] of Object.entries(settings)) {
      expect(name).toBe(`__Host-ipt-staff.${cookie}`);
      expect(attributes).toEqual({ secure: true, path: "/" });
      expect(attributes).not.toHaveProperty("domain");
    }
  });

  it("uses plain names on a developer's plain-HTTP machine, where a __Host- cookie would be refused", () => {
    expect(staffCookieName("session_token", false)).toBe("ipt-staff.session_token");
    expect(staffCookieSettings(false).two_factor).toEqual({ name: "ipt-staff.two_factor", attributes: {} });
  });
});
