import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether an Authorization header carries exactly this bearer token. Both sides are hashed first so
 * the comparison takes the same time whatever the length or content of what was sent.
 */
export function bearerMatches(authorization: string | null, token: string): boolean {
  const sent = authorization?.match(/^Bearer[ ]+(\S+)\s*$/i)?.[1] ?? "";
  return timingSafeEqual(digest(sent), digest(token)) && sent.length > 0;
}
