import "server-only";
import type { Database } from "@/lib/db";

/**
 * Records the first time a signed-in staff member opened the referral; later views leave it alone.
 * Raw SQL so that a view does not count as a change (Prisma would move `updatedAt`). Escalation
 * (lib/escalation) stops alerting about an urgent referral once this is set.
 */
export async function markOpened(db: Database, referralId: string, now: Date): Promise<void> {
  await db.$executeRaw`UPDATE "referral" SET "opened_at" = ${now} WHERE "id" = ${referralId}::uuid AND "opened_at" IS NULL`;
}
