import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/config";
import type { Database } from "@/lib/db";
import { staffCookieName } from "./cookie-names";
import { getAuthSecret } from "./secret";

/**
 * Who is half-way through signing in: better-auth's two-factor cookie names a verification row
 * holding the user's id. Read so failed codes count against that account's lockout. Only the
 * cookie of this environment's exact name, with a valid signature, counts (review L-10): a second,
 * unsigned cookie cannot charge someone else's failures to another account.
 */
export async function pendingTwoFactorUser(
  db: Database,
  headers: Headers,
): Promise<{ id: string; email: string } | null> {
  const name = staffCookieName("two_factor", getEnv().NODE_ENV === "production");
  const cookies = headers.get("cookie");
  // Stryker disable next-line StringLiteral: equivalent, any other text without the cookie's name reads as no cookie too
  const identifier = signedCookieValue(cookies ?? "", name, getAuthSecret());
  if (!identifier) return null;
  const row = await db.verification.findFirst({
    where: { identifier, expiresAt: { gt: new Date() } },
    select: { value: true },
  });
  if (!row) return null;
  return db.user.findUnique({ where: { id: row.value }, select: { id: true, email: true } });
}

/** The value of cookie `name` if its signature (better-call's: HMAC-SHA256, base64) is valid. */
export function signedCookieValue(cookieHeader: string, name: string, secret: string): string | null {
  for (const part of cookieHeader.split(";")) {
    const [cookieName, ...rest] = part.trim().split("=");
    if (cookieName !== name) continue;
    const signed = decodeURIComponent(rest.join("="));
    const dot = signed.lastIndexOf(".");
    if (dot <= 0) return null;
    const value = signed.slice(0, dot);
    const given = Buffer.from(signed.slice(dot + 1), "base64");
    const expected = createHmac("sha256", secret).update(value).digest();
    return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
  }
  return null;
}
