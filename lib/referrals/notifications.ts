import "server-only";
import type { Database } from "@/lib/db";
import type { JobHandlers } from "@/lib/jobs";
import type { Mailer } from "@/lib/mail";
import { acknowledgementAddress } from "./search-columns";
import { deleteExpiredDrafts } from "./drafts";
import { acknowledgementEmail, notificationEmail, type EmailSettings } from "./emails";
import { journeys } from "./journeys/registry";
import { flagsOf } from "./risk-flags";
import type { Answers } from "./journeys/types";

const select = { id: true, reference: true, journey: true, programme: true, urgent: true, createdAt: true, answers: true, notifiedAt: true, acknowledgedAt: true,
  flagSelfHarmThoughts: true, flagMayActSoon: true, flagBeingHurt: true, flagSafeguarding: true, flagUnder16ParentUnaware: true } as const;

/**
 * What the worker does with each job. Sending throws on any SMTP failure, so pg-boss retries with
 * backoff; a referral already marked as sent is not sent again.
 */
export function notificationHandlers(db: Database, mailer: Mailer, settings: EmailSettings, overdueMinutes: number): Omit<JobHandlers, "retention"> {
  return {
    async notify({ referralId }) {
      const r = await db.referral.findUnique({ where: { id: referralId }, select });
      if (!r || r.notifiedAt) return;
      await mailer.send(notificationEmail({ ...r, flags: flagsOf(r) }, settings));
      await db.referral.update({ where: { id: r.id }, data: { notifiedAt: new Date() } });
      console.log(`[worker] notified ${r.reference}`);
    },
    async acknowledge({ referralId }) {
      const r = await db.referral.findUnique({ where: { id: referralId }, select });
      if (!r || r.acknowledgedAt) return;
      const journey = Object.values(journeys).find((j) => j.kind === r.journey);
      const to = journey ? acknowledgementAddress(journey, r.answers as Answers) : null;
      if (!to) return;
      await mailer.send(acknowledgementEmail(r, to, settings));
      await db.referral.update({ where: { id: r.id }, data: { acknowledgedAt: new Date() } });
      console.log(`[worker] acknowledged ${r.reference}`);
    },
    async sweep(requeue) {
      const overdue = await flagOverdue(db, overdueMinutes);
      for (const { id, reference } of overdue) {
        if (await requeue(id)) console.log(`[worker] re-queued the notification for ${reference}`);
      }
      await deleteExpiredDrafts(db);
    },
  };
}

/** Referrals still not notified after `minutes`: flagged for the dashboard (once) and returned for re-queuing. */
export async function flagOverdue(db: Database, minutes: number): Promise<{ id: string; reference: string }[]> {
  const cutoff = new Date(Date.now() - minutes * 60_000);
  const overdue = await db.referral.findMany({ where: { notifiedAt: null, createdAt: { lt: cutoff } }, select: { id: true, reference: true, notificationOverdueAt: true } });
  const unflagged = overdue.filter((r) => !r.notificationOverdueAt).map((r) => r.id);
  if (unflagged.length) await db.referral.updateMany({ where: { id: { in: unflagged } }, data: { notificationOverdueAt: new Date() } });
  return overdue.map(({ id, reference }) => ({ id, reference }));
}
