import "server-only";
import { getService } from "@/lib/config/service";
import type { Database } from "@/lib/db";
import { log } from "@/lib/log";
import type { Mailer } from "@/lib/mail";
import { escalationEmail, MOST_LISTED } from "./alert-email";
import { escalationWhere, findEscalated, type EscalatedReferral } from "./due";
import type { EscalationSettings } from "./settings";

/**
 * Needs a (new) alert: never listed yet, or urgent, still unopened and last listed a repeat interval
 * ago. A referral past the response standard is listed once when it passes it (then the banner and
 * the daily digest keep showing it): repeating every backlog item hourly would bury the urgent ones.
 */
export function needsAlert(r: EscalatedReferral, now: Date, repeatMinutes: number): boolean {
  if (r.escalatedAt === null) return true;
  return r.urgentUnopened && now.getTime() - r.escalatedAt.getTime() >= repeatMinutes * 60_000;
}

/**
 * One run of the escalation job (every few minutes, one worker at a time): when anything needs an
 * alert, one email to the duty address gives the counts and lists the oldest escalated referrals,
 * and the urgent unopened and newly overdue ones are marked as alerted. The email goes first: if it fails the job is
 * retried and nothing is marked. Counting and marking happen in SQL, so a large backlog costs
 * little. Returns the references listed, or [] when no alert was due.
 */
export async function runEscalation(
  db: Database,
  mailer: Mailer,
  settings: EscalationSettings,
  now: Date,
): Promise<string[]> {
  const service = getService();
  const standards = {
    hours: service.officeHours,
    responseWorkingDays: service.responseWorkingDays,
    urgentAfterWorkingMinutes: settings.urgentAfterWorkingMinutes,
  };
  const where = escalationWhere(now, standards);
  const escalated = { OR: [where.urgentUnopened, where.overdue] };
  const repeatBefore = new Date(now.getTime() - settings.repeatMinutes * 60_000);
  const due = await db.referral.count({
    where: {
      OR: [
        { ...where.urgentUnopened, OR: [{ escalatedAt: null }, { escalatedAt: { lte: repeatBefore } }] },
        { ...where.overdue, escalatedAt: null },
      ],
    },
  });
  if (due === 0) return [];
  const [listed, urgentUnopened, overdue, total] = await Promise.all([
    findEscalated(db, now, standards, MOST_LISTED),
    db.referral.count({ where: where.urgentUnopened }),
    db.referral.count({ where: where.overdue }),
    db.referral.count({ where: escalated }),
  ]);
  const counts = { urgentUnopened, overdue, total };
  await mailer.send(
    escalationEmail(listed, counts, { ...settings, responseWorkingDays: service.responseWorkingDays }, now),
  );
  // Raw SQL: being listed in an alert is not a change to the referral (Prisma would move `updatedAt`).
  // Only the urgent unopened ones (few) and those newly past the standard are written.
  await db.$executeRaw`
    UPDATE "referral" SET "escalated_at" = ${now}
     WHERE "status" IN ('NEW', 'IN_REVIEW')
       AND (("urgent" AND "opened_at" IS NULL AND "created_at" <= ${where.cutoffs.urgent})
            OR ("created_at" < ${where.cutoffs.overdue} AND "escalated_at" IS NULL))`;
  log.info({ event: "escalation.sent", urgentUnopened, overdue });
  return listed.map((r) => r.reference);
}
