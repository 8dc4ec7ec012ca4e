import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientIpFrom } from "@/lib/security/client-ip";

const request = (socket: string | null, forwardedFor?: string) => {
  const headers = new Headers();
  if (socket) headers.set(CLIENT_ADDRESS_HEADER, socket);
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return headers;
};

describe("the client address, from the socket or trusted proxy hops", () => {
  it("ignores a client's own X-Forwarded-For when no proxy is trusted", () => {
    expect(clientIpFrom(request("192.0.2.7", "203.0.113.1"), 0)).toBe("192.0.2.7");
    expect(clientIpFrom(request("192.0.2.7", "203.0.113.1, 198.51.100.9"), 0)).toBe("192.0.2.7");
  });

  it("takes the address the one trusted proxy appended, not what the client wrote before it", () => {
    expect(clientIpFrom(request("10.0.0.2", "203.0.113.66, 192.0.2.7"), 1)).toBe("192.0.2.7");
  });

  it("counts hops from the right behind a CDN and a load balancer", () => {
    expect(clientIpFrom(request("10.0.0.2", "203.0.113.66, 192.0.2.7, 198.51.100.40"), 2)).toBe("192.0.2.7");
  });

  it("uses the leftmost entry when the chain is shorter than the hops configured", () => {
    expect(clientIpFrom(request("10.0.0.2", "192.0.2.7"), 3)).toBe("192.0.2.7");
  });

  it("falls back to the socket when a trusted proxy sent no chain, and to nothing without either", () => {
    expect(clientIpFrom(request("10.0.0.2"), 1)).toBe("10.0.0.2");
    expect(clientIpFrom(request(null, "203.0.113.1"), 0)).toBeNull();
  });

  it("treats an IPv4-mapped IPv6 socket address as the IPv4 address", () => {
    expect(clientIpFrom(request("::ffff:192.0.2.7"), 0)).toBe("192.0.2.7");
    expect(clientIpFrom(request("2001:db8::1"), 0)).toBe("2001:db8::1");
  });
});
