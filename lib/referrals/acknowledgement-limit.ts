import "server-only";
import { createHmac } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";
import type { Database } from "@/lib/db";

// At most one email with a reference per address per UK day: ten forms sent from one family laptop
// must not become ten emails in an inbox someone else reads (H05). The address is kept only as an
// HMAC under the server's secret, so the table cannot be used to confirm a guessed address.

const ukDay = (now: Date) =>
  new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now)}T00:00:00Z`);

export const addressHash = (address: string) =>
  createHmac("sha256", `acknowledgement:${getAuthSecret()}`).update(address.trim().toLowerCase()).digest("hex");

/**
 * True when this referral may email this address today: no other referral has, or this one already
 * claimed the day (a retry after a failed send).
 */
export async function claimAcknowledgement(
  db: Database,
  address: string,
  referralId: string,
  now = new Date(),
): Promise<boolean> {
  const key = { addressHash: addressHash(address), day: ukDay(now) };
  await db.acknowledgementSent.createMany({ data: [{ ...key, referralId }], skipDuplicates: true });
  const claimed = await db.acknowledgementSent.findUnique({ where: { addressHash_day: key } });
  return claimed?.referralId === referralId;
}

/** Rows older than yesterday are no longer needed. */
export async function deleteOldAcknowledgementClaims(db: Database, now = new Date()): Promise<number> {
  const cutoff = ukDay(new Date(now.getTime() - 2 * 86_400_000));
  const { count } = await db.acknowledgementSent.deleteMany({ where: { day: { lt: cutoff } } });
  return count;
}
