import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/security/client-ip";

describe("the client's address", () => {
  it("is the hop the nearest proxy added, not one the client wrote", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": " 203.0.113.7 ,, " }))).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBeNull();
  });
});
