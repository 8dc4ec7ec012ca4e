import { describe, expect, it } from "vitest";
import { isAllowedOrigin, isBodyTooLarge, MAX_BODY_BYTES, selfOriginOf } from "@/lib/security/origin";

const self = "https://ipt.example.org";

describe("refusing cross-site form posts", () => {
  it.each([
    ["missing", null],
    ["null", "null"],
    ["foreign", "https://evil.example.com"],
    ["a look-alike", "https://ipt.example.org.evil.example.com"],
    ["the wrong scheme", "http://ipt.example.org"],
  ])("refuses a POST whose Origin is %s", (_why, origin) => {
    expect(isAllowedOrigin({ method: "POST", origin, self })).toBe(false);
  });

  it("accepts a POST from this site, or from APP_URL's origin", () => {
    expect(isAllowedOrigin({ method: "POST", origin: self, self })).toBe(true);
    expect(
      isAllowedOrigin({
        method: "POST",
        origin: "https://referrals.example.org",
        self,
        alsoAllowed: ["https://referrals.example.org"],
      }),
    ).toBe(true);
  });

  it("lets reading requests through whatever their Origin", () => {
    expect(isAllowedOrigin({ method: "GET", origin: null, self })).toBe(true);
    expect(isAllowedOrigin({ method: "HEAD", origin: "null", self })).toBe(true);
  });

  it("refuses bodies declared larger than the limit", () => {
    expect(isBodyTooLarge("POST", String(MAX_BODY_BYTES + 1))).toBe(true);
    expect(isBodyTooLarge("POST", "nonsense")).toBe(true);
    expect(isBodyTooLarge("POST", String(MAX_BODY_BYTES))).toBe(false);
    expect(isBodyTooLarge("GET", "999999999")).toBe(false);
  });
});

describe("the origin a post was addressed to", () => {
  const forged = new Headers({
    host: "ipt.example.org",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
  });
  const fallback = { host: "127.0.0.1:3000", protocol: "http:" };

  it("is APP_URL's when it is set, whatever forwarded headers a client adds", () => {
    const addressed = selfOriginOf(forged, fallback, { appOrigins: [self], trustForwarded: true });
    expect(addressed).toBe(self);
    expect(isAllowedOrigin({ method: "POST", origin: "https://evil.example", self: addressed })).toBe(false);
  });

  it("ignores X-Forwarded-Host and -Proto unless a proxy of ours is trusted to set them", () => {
    expect(selfOriginOf(forged, fallback, { appOrigins: [], trustForwarded: false })).toBe("http://ipt.example.org");
    expect(selfOriginOf(forged, fallback, { appOrigins: [], trustForwarded: true })).toBe("https://evil.example");
  });
});
