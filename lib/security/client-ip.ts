/**
 * The client's address, for the journeys' rate limiter and the staff sign-in lockout: the last
 * hop of X-Forwarded-For, which the nearest proxy (or Next's own server, when there is no proxy)
 * appends, so a client cannot choose it by sending its own header.
 */
export function clientIp(source: Pick<Headers, "get">): string | null {
  const forwarded = source.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? source.get("x-real-ip") ?? null;
}
