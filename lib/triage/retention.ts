import "server-only";
import type { Database } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { FINISHED } from "./workflow";

const removed = "[removed by the retention policy]";

/**
 * Anonymises referrals that finished (closed, declined, signposted or withdrawn) more than
 * `retentionDays` ago: every personal field, the answers, notes and the reasons for each decision
 * and change are removed; the reference, journey, programme, status and dates stay for service
 * statistics; measure scores are deleted. Audits how many, never who. Open referrals are never touched here: see
 * countOverdueOpenReferrals.
 */
export async function anonymiseExpiredReferrals(
  db: Database,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const count = await db.$transaction(async (tx) => {
    const due = await tx.referral.findMany({
      where: { status: { in: [...FINISHED] }, closedAt: { lt: cutoff }, anonymisedAt: null },
      select: { id: true },
    });
    const ids = due.map((r) => r.id);
    // Saves five statements when nothing is due; with it removed they touch no rows and 0 is returned anyway.
    // Stryker disable next-line ConditionalExpression: equivalent, as above
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
    await tx.note.updateMany({ where: { referralId: { in: ids } }, data: { body: removed } });
    await tx.statusChange.updateMany({ where: { referralId: { in: ids } }, data: { reason: null, sharedText: null } });
    await tx.referralChange.updateMany({ where: { referralId: { in: ids } }, data: { reason: removed } });
    // A possible-duplicate match says who else this person may be: it goes with the personal data.
    await tx.referralMatch.deleteMany({ where: { OR: [{ referralId: { in: ids } }, { matchedId: { in: ids } }] } });
    // The young person's own view is part of the referral's record: it goes with the personal data.
    await tx.youngPersonView.deleteMany({ where: { referralId: { in: ids } } });
    // Measure scores are health information about the person: they go with the answers (issue 16).
    await tx.measureScore.deleteMany({ where: { referralId: { in: ids } } });
    return ids.length;
  });
  await recordAudit(db, {
    actorId: null,
    action: "referral.anonymised",
    detail: { count, retentionDays, cutoff: cutoff.toISOString() },
  });
  return count;
}

/** Referrals still open after the retention period: kept, but someone must decide (an alert). */
export async function countOverdueOpenReferrals(db: Database, retentionDays: number, now = new Date()) {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return db.referral.count({
    where: { status: { notIn: [...FINISHED] }, createdAt: { lt: cutoff }, anonymisedAt: null },
  });
}
