import "server-only";
import type { Database } from "@/lib/db";
import type { JobHandlers } from "@/lib/jobs";
import { recordAudit } from "@/lib/audit/record";

/**
 * Anonymises referrals closed more than `retentionDays` ago: every personal field, the answers,
 * notes and reasons are removed; the reference, journey, programme, status and dates stay for
 * service statistics. Logs and audits how many, never who.
 */
/** The worker's daily retention job (scheduled in lib/jobs/worker.ts). */
export function retentionHandler(db: Database, retentionDays: number): JobHandlers["retention"] {
  return async () => {
    await anonymiseExpiredReferrals(db, retentionDays);
  };
}

export async function anonymiseExpiredReferrals(
  db: Database,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const count = await db.$transaction(async (tx) => {
    const due = await tx.referral.findMany({
      where: { status: "CLOSED", closedAt: { lt: cutoff }, anonymisedAt: null },
      select: { id: true },
    });
    const ids = due.map((r) => r.id);
    if (!ids.length) return 0;
    await tx.referral.updateMany({
      where: { id: { in: ids } },
      data: {
        givenName: null,
        familyName: null,
        dateOfBirth: null,
        nhsNumber: null,
        email: null,
        phone: null,
        postcode: null,
        answers: {},
        assigneeId: null,
        anonymisedAt: now,
      },
    });
    await tx.note.updateMany({
      where: { referralId: { in: ids } },
      data: { body: "[removed by the retention policy]" },
    });
    await tx.statusChange.updateMany({ where: { referralId: { in: ids } }, data: { reason: null } });
    // The young person's own view is part of the referral's record: it goes with the personal data.
    await tx.youngPersonView.deleteMany({ where: { referralId: { in: ids } } });
    return ids.length;
  });
  await recordAudit(db, {
    actorId: null,
    action: "referral.anonymised",
    detail: { count, retentionDays, cutoff: cutoff.toISOString() },
  });
  console.log(`[retention] anonymised ${count} closed referral(s) older than ${retentionDays} days`);
  return count;
}
