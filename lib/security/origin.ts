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
export function isAllowedOrigin({ method, origin, self, alsoAllowed = [] }: OriginCheck): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (!origin || origin === "null") return false;
  return origin === self || alsoAllowed.includes(origin);
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
  if (SAFE_METHODS.has(method.toUpperCase()) || contentLength === null) return false;
  const bytes = Number(contentLength);
  return !Number.isFinite(bytes) || bytes > MAX_BODY_BYTES;
}
