import "server-only";
import type { Database } from "@/lib/db";

/**
 * Who is half-way through signing in: better-auth's two-factor cookie names a verification row
 * holding the user's id. Read so failed codes count against that account's lockout.
 */
export async function pendingTwoFactorUser(
  db: Database,
  headers: Headers,
): Promise<{ id: string; email: string } | null> {
  const identifier = twoFactorIdentifier(headers.get("cookie") ?? "");
  if (!identifier) return null;
  const row = await db.verification.findFirst({
    where: { identifier, expiresAt: { gt: new Date() } },
    select: { value: true },
  });
  if (!row) return null;
  return db.user.findUnique({ where: { id: row.value }, select: { id: true, email: true } });
}

function twoFactorIdentifier(cookieHeader: string): string | null {
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (!name?.endsWith("ipt-staff.two_factor")) continue;
    const signed = decodeURIComponent(rest.join("="));
    const dot = signed.lastIndexOf(".");
    return dot > 0 ? signed.slice(0, dot) : null;
  }
  return null;
}
