import "server-only";
import type { Database } from "@/lib/db";
import type { JobHandlers } from "@/lib/jobs";
import { log } from "@/lib/log";
import { purgeMailFiles } from "@/lib/mail";
import { anonymiseExpiredReferrals, countOverdueOpenReferrals } from "@/lib/triage/retention";
import { deleteExpiredDrafts } from "@/lib/referrals/drafts";
import type { RetentionPeriods } from "./schedule";
import {
  countHeldFormsWaitingOverADay,
  deleteOldAuditEvents,
  deleteOldHeartbeats,
  deleteOldHeldTraces,
  deleteOldLimitCounters,
  deleteOldSavedSearches,
  deleteOldStaffSessions,
  deleteOldVerifications,
} from "./side-stores";

export interface RetentionOptions extends RetentionPeriods {
  /** The folder of local .eml copies, when the service writes mail to files. */
  mailFolder?: string;
}

export interface RetentionReport {
  removed: Record<string, number>;
  /** Kept on purpose but needing a person's decision: open referrals past the period, forms still held. */
  needsDecision: { openReferralsPastRetention: number; heldFormsWaitingOverADay: number };
}

/**
 * Applies every rule in lib/retention/schedule.ts once: the worker runs it nightly, `npm run
 * retention` by hand. Logs counts only, and a warning when something kept on purpose needs a person.
 */
export async function applyRetention(
  db: Database,
  options: RetentionOptions,
  now = new Date(),
): Promise<RetentionReport> {
  const removed: Record<string, number> = {
    referralsAnonymised: await anonymiseExpiredReferrals(db, options.referralDays, now),
    drafts: await deleteExpiredDrafts(db, now),
    heldTraces: await deleteOldHeldTraces(db, options.referralDays, now),
    staffSessions: await deleteOldStaffSessions(db, now),
    verifications: await deleteOldVerifications(db, now),
    limitCounters: await deleteOldLimitCounters(db, now),
    heartbeats: await deleteOldHeartbeats(db, now),
    savedSearches: await deleteOldSavedSearches(db, now),
    auditEvents: await deleteOldAuditEvents(db, options.auditDays, now),
    mailFiles: options.mailFolder ? await purgeMailFiles(options.mailFolder, options.mailFileDays, now.getTime()) : 0,
  };
  const needsDecision = {
    openReferralsPastRetention: await countOverdueOpenReferrals(db, options.referralDays, now),
    heldFormsWaitingOverADay: await countHeldFormsWaitingOverADay(db, now),
  };
  log.info({ event: "retention.applied", removed });
  if (needsDecision.openReferralsPastRetention || needsDecision.heldFormsWaitingOverADay) {
    log.warn({ event: "retention.needs-decision", ...needsDecision });
  }
  return { removed, needsDecision };
}

/** The worker's nightly retention job (scheduled in lib/jobs/worker.ts). */
export function retentionHandler(db: Database, options: RetentionOptions): JobHandlers["retention"] {
  return async () => {
    await applyRetention(db, options);
  };
}
