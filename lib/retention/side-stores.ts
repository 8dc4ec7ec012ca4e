import "server-only";
import type { Database } from "@/lib/db";

const DAY_MS = 86_400_000;
const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Staff sessions a day past their expiry (signing out deletes a session at once). */
export async function deleteOldStaffSessions(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lt: before(now, 1) } } });
  return count;
}

/** One-time codes and sign-in challenges a day past their expiry. */
export async function deleteOldVerifications(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.verification.deleteMany({ where: { expiresAt: { lt: before(now, 1) } } });
  return count;
}

/** Sign-in counters untouched for a day and no longer pausing anyone; submission counters past their window. */
export async function deleteOldLimitCounters(db: Database, now = new Date()): Promise<number> {
  const throttles = await db.signInThrottle.deleteMany({
    where: {
      updatedAt: { lt: before(now, 1) },
      OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }],
    },
  });
  const limits = await db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now.getTime()) } } });
  return throttles.count + limits.count;
}

/** Inbox search words kept for their search's id (lib/triage/saved-search.ts), a day after the search. */
export async function deleteOldSavedSearches(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.savedSearch.deleteMany({ where: { createdAt: { lt: before(now, 1) } } });
  return count;
}

/** Heartbeats of workers silent for a week (a running worker beats every few seconds). */
export async function deleteOldHeartbeats(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.workerHeartbeat.deleteMany({ where: { beatAt: { lt: before(now, 7) } } });
  return count;
}

/**
 * The trace of a held form, once released or discarded (its answers went at that moment), after
 * the referral retention period. Forms still waiting are never deleted: they are counted instead,
 * so a genuine referral is not dropped unseen.
 */
export async function deleteOldHeldTraces(db: Database, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = before(now, retentionDays);
  const { count } = await db.heldSubmission.deleteMany({
    where: { OR: [{ releasedAt: { lt: cutoff } }, { discardedAt: { lt: cutoff } }] },
  });
  return count;
}

/**
 * Audit events older than the audit retention period, through the database function that alone
 * may remove them (prisma/migrations/20261206140000_retention_for_every_store): the app's role
 * cannot delete an audit row itself, and the function refuses anything less than a year old.
 */
export async function deleteOldAuditEvents(db: Database, auditDays: number, now = new Date()): Promise<number> {
  const [row] = await db.$queryRaw<
    { removed: bigint }[]
  >`SELECT purge_audit_events(${before(now, auditDays)}) AS removed`;
  return Number(row?.removed ?? 0);
}

/** Held forms still waiting for a decision after a day: never deleted, but worth a warning. */
export async function countHeldFormsWaitingOverADay(db: Database, now = new Date()): Promise<number> {
  return db.heldSubmission.count({ where: { releasedAt: null, discardedAt: null, createdAt: { lt: before(now, 1) } } });
}
