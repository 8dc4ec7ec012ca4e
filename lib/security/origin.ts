// Relative imports only: proxy.ts loads this.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheck {
  method: string;
  /** The request's Origin header, or null when it has none. */
  origin: string | null;
  /** The origin the request was addressed to (scheme://host[:port]). */
  self: string;
  /** Other origins the service answers on (APP_URL's). */
  alsoAllowed?: string[];
}

/**
 * Form posts and server actions must come from a page of this site. Browsers send Origin on
 * every POST; a missing Origin, the opaque "null" (sandboxed frames, some redirects) or any
 * other site is refused, so no other page can submit on someone's behalf.
 */
// Stryker disable next-line ArrayDeclaration: the default is only searched for the Origin, and no browser sends Stryker's filler text as one
export function isAllowedOrigin({ method, origin, self, alsoAllowed = [] }: OriginCheck): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (!origin || origin === "null") return false;
  return origin === self || alsoAllowed.includes(origin);
}

/**
 * The origin a request was addressed to. With APP_URL set, that is the only answer: the
 * forwarded headers a client could add are not consulted at all (review I-1). Without it, the
 * Host header, and the proxy's X-Forwarded-Host/-Proto only when TRUSTED_PROXY_HOPS says a
 * proxy of ours sets them.
 */
export function selfOriginOf(
  headers: { get(name: string): string | null },
  fallback: { host: string; protocol: string },
  options: { appOrigins: string[]; trustForwarded: boolean },
): string {
  if (options.appOrigins[0]) return options.appOrigins[0];
  const forwarded = (name: string) => (options.trustForwarded ? headers.get(name)?.split(",")[0]?.trim() : undefined);
  const host = forwarded("x-forwarded-host") ?? headers.get("host") ?? fallback.host;
  // Stryker disable next-line Regex: a URL's protocol holds one colon, at its end, so the anchor changes nothing
  const proto = forwarded("x-forwarded-proto") ?? fallback.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

export function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

/** Largest form post accepted, in bytes; referral pages are a few kilobytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A body declared larger than the limit is refused before anything reads it. */
export function isBodyTooLarge(method: string, contentLength: string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  // Stryker disable next-line ConditionalExpression: Number(null) is 0, within the limit; the check says so plainly
  if (contentLength === null) return false;
  const bytes = Number(contentLength);
  return !Number.isFinite(bytes) || bytes > MAX_BODY_BYTES;
}
