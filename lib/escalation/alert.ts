import "server-only";
import { getService } from "@/lib/config/service";
import type { Database } from "@/lib/db";
import { log } from "@/lib/log";
import type { Mailer } from "@/lib/mail";
import { escalationEmail } from "./alert-email";
import { findEscalated, type EscalatedReferral } from "./due";
import type { EscalationSettings } from "./settings";

/**
 * Needs a (new) alert: never listed yet, or still unopened and last listed a repeat interval ago.
 * An opened referral past the response standard is listed once; an unopened one until it is opened.
 */
export function needsAlert(r: EscalatedReferral, now: Date, repeatMinutes: number): boolean {
  if (r.escalatedAt === null) return true;
  return r.openedAt === null && now.getTime() - r.escalatedAt.getTime() >= repeatMinutes * 60_000;
}

/**
 * One run of the escalation job (every few minutes, one worker at a time): when anything needs an
 * alert, one email to the duty address lists everything escalated now, and each is marked as
 * listed. The email goes first: if it fails the job is retried and nothing is marked.
 * Returns the references listed, or [] when no alert was due.
 */
export async function runEscalation(
  db: Database,
  mailer: Mailer,
  settings: EscalationSettings,
  now: Date,
): Promise<string[]> {
  const service = getService();
  const due = await findEscalated(db, now, {
    hours: service.officeHours,
    responseWorkingDays: service.responseWorkingDays,
    urgentAfterWorkingMinutes: settings.urgentAfterWorkingMinutes,
  });
  if (!due.some((r) => needsAlert(r, now, settings.repeatMinutes))) return [];
  await mailer.send(escalationEmail(due, { ...settings, responseWorkingDays: service.responseWorkingDays }, now));
  // Raw SQL: being listed in an alert is not a change to the referral (Prisma would move `updatedAt`).
  const ids = due.map((r) => r.id);
  await db.$executeRaw`UPDATE "referral" SET "escalated_at" = ${now} WHERE "id" = ANY(${ids}::uuid[])`;
  log.info({
    event: "escalation.sent",
    urgentUnopened: due.filter((r) => r.urgentUnopened).length,
    overdue: due.filter((r) => r.overdue).length,
  });
  return due.map((r) => r.reference);
}
