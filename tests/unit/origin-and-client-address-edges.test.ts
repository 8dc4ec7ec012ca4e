import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientIpFrom } from "@/lib/security/client-ip";
import { isAllowedOrigin, isBodyTooLarge, MAX_BODY_BYTES, originOf, selfOriginOf } from "@/lib/security/origin";

// The edges of the cross-site, body-size and client-address checks that the main tests leave open.

const self = "https://ipt.example.org";

describe("cross-site posts, whatever the case of the method", () => {
  it("refuses a lower-case post from another site or with an empty Origin", () => {
    expect(isAllowedOrigin({ method: "post", origin: "https://evil.example", self })).toBe(false);
    expect(isAllowedOrigin({ method: "PUT", origin: "", self })).toBe(false);
    expect(isAllowedOrigin({ method: "DELETE", origin: "https://evil.example", self, alsoAllowed: [self] })).toBe(
      false,
    );
  });

  it('refuses the opaque null Origin even when APP_URL has no real origin (a file: address gives "null")', () => {
    const alsoAllowed = originOf("file:///srv/ipt");
    expect(alsoAllowed).toEqual(["null"]);
    expect(isAllowedOrigin({ method: "POST", origin: "null", self, alsoAllowed })).toBe(false);
  });

  it("lets lower-case reads and OPTIONS through", () => {
    expect(isAllowedOrigin({ method: "get", origin: "https://evil.example", self })).toBe(true);
    expect(isAllowedOrigin({ method: "OPTIONS", origin: null, self })).toBe(true);
  });
});

describe("the size of a posted body", () => {
  it("is limited to 64 KiB", () => {
    expect(MAX_BODY_BYTES).toBe(65536);
  });

  it("is not checked on reads, or when no length is declared", () => {
    expect(isBodyTooLarge("head", "999999999")).toBe(false);
    expect(isBodyTooLarge("OPTIONS", "999999999")).toBe(false);
    expect(isBodyTooLarge("POST", null)).toBe(false);
  });

  it("is refused when the declared length is not a finite number, even on a lower-case post", () => {
    expect(isBodyTooLarge("POST", "Infinity")).toBe(true);
    expect(isBodyTooLarge("post", String(MAX_BODY_BYTES + 1))).toBe(true);
    expect(isBodyTooLarge("POST", "0")).toBe(false);
  });
});

describe("the origin a request was addressed to, without APP_URL", () => {
  const fallback = { host: "127.0.0.1:3000", protocol: "http:" };

  it("takes the first of several forwarded values, trimmed, from a trusted proxy", () => {
    const headers = new Headers({ "x-forwarded-host": " a.example , b.example", "x-forwarded-proto": "https, http" });
    expect(selfOriginOf(headers, fallback, { appOrigins: [], trustForwarded: true })).toBe("https://a.example");
  });

  it("falls back to the Host header, then to the server's own address and scheme", () => {
    expect(selfOriginOf(new Headers({ host: "h.example" }), fallback, { appOrigins: [], trustForwarded: true })).toBe(
      "http://h.example",
    );
    expect(selfOriginOf(new Headers(), fallback, { appOrigins: [], trustForwarded: false })).toBe(
      "http://127.0.0.1:3000",
    );
  });

  it("uses only the first of APP_URL's origins", () => {
    expect(
      selfOriginOf(new Headers({ host: "h.example" }), fallback, {
        appOrigins: ["https://one.example", "https://two.example"],
        trustForwarded: false,
      }),
    ).toBe("https://one.example");
  });
});

describe("APP_URL's origin", () => {
  it("is the scheme, host and port of a URL, and nothing for a missing or broken one", () => {
    expect(originOf("https://ipt.example.org:8443/path?q=1")).toEqual(["https://ipt.example.org:8443"]);
    expect(originOf(undefined)).toEqual([]);
    expect(originOf("")).toEqual([]);
    expect(originOf("not a url")).toEqual([]);
  });
});

describe("the client address, at its edges", () => {
  const request = (socket: string | null, forwardedFor?: string) => {
    const headers = new Headers();
    if (socket !== null) headers.set(CLIENT_ADDRESS_HEADER, socket);
    if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
    return headers;
  };

  it("treats a negative hop count as no proxy", () => {
    expect(clientIpFrom(request("192.0.2.7", "203.0.113.1"), -1)).toBe("192.0.2.7");
  });

  it("skips empty entries in the forwarded chain", () => {
    expect(clientIpFrom(request("10.0.0.2", "203.0.113.66, , 192.0.2.7 ,"), 1)).toBe("192.0.2.7");
    expect(clientIpFrom(request("10.0.0.2", " , "), 1)).toBe("10.0.0.2");
  });

  it("trims the socket address, and takes a blank one as none", () => {
    // Headers already strips a value's outer spaces; a bare getter (the type clientIpFrom accepts) does not.
    const bare = { get: (name: string) => (name === CLIENT_ADDRESS_HEADER ? " 192.0.2.7 " : null) };
    expect(clientIpFrom(bare, 0)).toBe("192.0.2.7");
    expect(clientIpFrom(request(" 192.0.2.7 "), 0)).toBe("192.0.2.7");
    expect(clientIpFrom(request("  "), 0)).toBeNull();
  });

  it("keeps an IPv6 address that only starts like a mapped IPv4 one", () => {
    expect(clientIpFrom(request("::ffff:c000:207"), 0)).toBe("::ffff:c000:207");
    expect(clientIpFrom(request("2001:db8::ffff:192.0.2.7"), 0)).toBe("2001:db8::ffff:192.0.2.7");
  });

  it("cuts an address to the 45 characters the audit column holds", () => {
    expect(clientIpFrom(request("a".repeat(60)), 0)).toBe("a".repeat(45));
    expect(clientIpFrom(request("::ffff:" + "1.".repeat(30)), 0)).toHaveLength(45);
  });
});
