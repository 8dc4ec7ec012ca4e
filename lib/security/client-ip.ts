/**
 * The header in which our own web server (lib/cli/web-server.ts) passes the TCP peer address of
 * every request. The server overwrites it on every request, so a client cannot choose its value.
 */
export const CLIENT_ADDRESS_HEADER = "x-ipt-client-address";

/**
 * The client's address, given how many proxies we trust in front of the service.
 *
 * hops = 0: no proxy; the socket address is the client. Any X-Forwarded-For is the client's own
 * words and is ignored. hops = N: each of N trusted proxies appended the address it saw to
 * X-Forwarded-For, so the client is the Nth entry from the right; anything further left was
 * written by the client and is ignored. With fewer entries than hops, the leftmost is the best we
 * have (the chain was shorter than configured).
 */
export function clientIpFrom(source: Pick<Headers, "get">, trustedProxyHops: number): string | null {
  const socket = source.get(CLIENT_ADDRESS_HEADER)?.trim() || null;
  if (trustedProxyHops <= 0) return normalise(socket);
  const chain = (source.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return normalise(socket);
  return normalise(chain[Math.max(0, chain.length - trustedProxyHops)]);
}

// "::ffff:192.0.2.1" (an IPv4 peer on a dual-stack socket) and "192.0.2.1" are one client.
function normalise(address: string | null | undefined): string | null {
  if (!address) return null;
  const plain = address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
  // The audit column holds 45 characters, the longest textual IPv6 address.
  return plain.slice(0, 45);
}
