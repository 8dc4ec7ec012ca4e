import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedCookieValue } from "@/lib/auth/two-factor-cookie";

const secret = "s".repeat(40);
const sign = (value: string, key = secret) =>
  encodeURIComponent(`${value}.${createHmac("sha256", key).update(value).digest("base64")}`);
const name = "__Host-ipt-staff.two_factor";

// Review L-10: an insider's extra cookie must not stand in for the victim's signed one.
describe("the pending two-factor cookie", () => {
  it("reads the exact cookie when its signature is valid", () => {
    expect(signedCookieValue(`a=b; ${name}=${sign("challenge-1")}`, name, secret)).toBe("challenge-1");
  });

  it("ignores a look-alike name placed before the real cookie", () => {
    const header = `ipt-staff.two_factor=${sign("insider", "other-key")}; ${name}=${sign("victim")}`;
    expect(signedCookieValue(header, name, secret)).toBe("victim");
  });

  it("reads a signed value with an unencoded '=' in it whole", () => {
    const value = "challenge=1";
    const raw = `${value}.${createHmac("sha256", secret).update(value).digest("base64")}`;
    expect(signedCookieValue(`${name}=${raw}`, name, secret)).toBe("challenge=1");
  });

  it("refuses a forged or missing signature", () => {
    expect(signedCookieValue(`${name}=${sign("insider", "other-key")}`, name, secret)).toBeNull();
    expect(signedCookieValue(`${name}=insider`, name, secret)).toBeNull();
    expect(signedCookieValue(`${name}=insider.`, name, secret)).toBeNull();
  });
});

describe("a pending two-factor cookie with nothing before its signature", () => {
  it("is no cookie, even when the empty value is correctly signed", () => {
    expect(signedCookieValue(`${name}=${sign("")}`, name, secret)).toBeNull();
  });
});
