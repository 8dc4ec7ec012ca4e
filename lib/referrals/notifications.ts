import "server-only";
import type { Database } from "@/lib/db";
import type { JobHandlers } from "@/lib/jobs";
import type { Mailer } from "@/lib/mail";
import { log } from "@/lib/log";
import { claimAcknowledgement, deleteOldAcknowledgementClaims } from "./acknowledgement-limit";
import { deliverOnce } from "./delivery";
import { acknowledgementAddress } from "./search-columns";
import { deleteExpiredDrafts } from "./drafts";
import { acknowledgementEmail, notificationEmail, type EmailSettings } from "./emails";
import { journeys } from "./journeys/registry";
import { flagColumnsSelect, flagsOf } from "./risk-flags";
import type { Answers } from "./journeys/types";

const select = {
  id: true,
  reference: true,
  journey: true,
  programme: true,
  urgent: true,
  createdAt: true,
  answers: true,
  notifiedAt: true,
  acknowledgedAt: true,
  notifyAttemptedAt: true,
  acknowledgeAttemptedAt: true,
  ...flagColumnsSelect,
} as const;

/**
 * What the worker does with each job. Sending throws on a temporary SMTP failure, so pg-boss retries
 * with backoff, and on a permanent one (EmailRefusedError), which the worker sends to the dead letter;
 * a referral already marked as sent is not sent again; a retry after an unknown outcome is a marked repeat.
 */
export function notificationHandlers(
  db: Database,
  mailer: Mailer,
  settings: EmailSettings,
  overdueMinutes: number,
): Pick<JobHandlers, "notify" | "acknowledge" | "sweep"> {
  return {
    async notify({ referralId }, job) {
      const r = await db.referral.findUnique({ where: { id: referralId }, select });
      if (!r || r.notifiedAt) return;
      const context = { reference: r.reference, queue: job.queue, attempt: job.retryCount };
      await deliverOnce(
        db,
        mailer,
        "notification",
        { id: r.id, attemptedAt: r.notifyAttemptedAt },
        notificationEmail({ ...r, flags: flagsOf(r) }, settings),
        context,
      );
    },
    async acknowledge({ referralId }, job) {
      const r = await db.referral.findUnique({ where: { id: referralId }, select });
      if (!r || r.acknowledgedAt) return;
      const journey = Object.values(journeys).find((j) => j.kind === r.journey);
      const to = journey ? acknowledgementAddress(journey, r.answers as Answers) : null;
      if (!to) return;
      const context = { reference: r.reference, queue: job.queue, attempt: job.retryCount };
      if (!(await claimAcknowledgement(db, to, r.id))) {
        log.info({ event: "email.skipped", kind: "acknowledgement", reason: "one-per-address-per-day", ...context });
        return;
      }
      await deliverOnce(
        db,
        mailer,
        "acknowledgement",
        { id: r.id, attemptedAt: r.acknowledgeAttemptedAt },
        acknowledgementEmail(r, to, settings),
        context,
      );
    },
    async sweep(requeue) {
      const overdue = await flagOverdue(db, overdueMinutes);
      for (const { id, reference } of overdue) {
        if (await requeue(id)) log.info({ event: "email.requeued", kind: "notification", reference });
      }
      await deleteExpiredDrafts(db);
      await deleteOldAcknowledgementClaims(db);
    },
  };
}

/** Referrals still not notified after `minutes`: flagged for the dashboard (once) and returned for re-queuing. */
export async function flagOverdue(db: Database, minutes: number): Promise<{ id: string; reference: string }[]> {
  const cutoff = new Date(Date.now() - minutes * 60_000);
  const overdue = await db.referral.findMany({
    where: { notifiedAt: null, createdAt: { lt: cutoff } },
    select: { id: true, reference: true, notificationOverdueAt: true, emailRefusedAt: true },
  });
  const unflagged = overdue.filter((r) => !r.notificationOverdueAt).map((r) => r.id);
  // No guard for an empty list: `in: []` matches no row, so the update is then a harmless no-op.
  await db.referral.updateMany({ where: { id: { in: unflagged } }, data: { notificationOverdueAt: new Date() } });
  // A refused email waits for staff ("Send again" at /admin/emails); re-queuing it would only be refused again.
  return overdue.filter((r) => !r.emailRefusedAt).map(({ id, reference }) => ({ id, reference }));
}
