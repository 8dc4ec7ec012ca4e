import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-ip";
import { DYNAMIC_PATH_PREFIXES, isDynamicPath } from "@/lib/security/dynamic-routes";
import { stampClientAddress } from "@/lib/security/stamp-client-address";

describe("pages rendered per request", () => {
  it.each(DYNAMIC_PATH_PREFIXES)("%s and every page under it are dynamic, and a look-alike is not", (prefix) => {
    expect(isDynamicPath(prefix)).toBe(true);
    expect(isDynamicPath(`${prefix}/x`)).toBe(true);
    expect(isDynamicPath(`${prefix}x`)).toBe(false);
    expect(isDynamicPath(`/x${prefix}`)).toBe(false);
  });

  it("are exactly the forms, the dashboard, search, the API and the personal links", () => {
    expect([...DYNAMIC_PATH_PREFIXES].sort()).toEqual(
      ["/admin", "/api", "/check-progress", "/continue", "/enquire", "/refer", "/search", "/your-view"].sort(),
    );
  });
});

describe("stamping the socket's address on a request", () => {
  const request = (remoteAddress: string | undefined, rawHeaders: string[]) =>
    ({
      headers: Object.fromEntries(
        rawHeaders.flatMap((v, i, all) => (i % 2 === 0 ? [[v.toLowerCase(), all[i + 1]]] : [])),
      ),
      rawHeaders,
      socket: { remoteAddress },
    }) as unknown as IncomingMessage;

  it("replaces every copy the client sent, in any case, with the socket's address", () => {
    const req = request("192.0.2.7", [
      "X-IPT-Client-Address",
      "203.0.113.1",
      "Host",
      "ipt.example.org",
      "x-ipt-client-address",
      "203.0.113.2",
    ]);
    stampClientAddress(req);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.7");
    expect(req.rawHeaders).toEqual(["Host", "ipt.example.org", CLIENT_ADDRESS_HEADER, "192.0.2.7"]);
  });

  it("removes a client's copy even when it is the first header", () => {
    const req = request("192.0.2.7", ["x-ipt-client-address", "203.0.113.1"]);
    stampClientAddress(req);
    expect(req.rawHeaders).toEqual([CLIENT_ADDRESS_HEADER, "192.0.2.7"]);
  });

  it("stamps an empty address when the socket has none, so a client's value never survives", () => {
    const req = request(undefined, ["x-ipt-client-address", "203.0.113.1"]);
    stampClientAddress(req);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("");
    expect(req.rawHeaders).toEqual([CLIENT_ADDRESS_HEADER, ""]);
  });
});
