import "server-only";
import type { PgBoss } from "pg-boss";
import type { StaffContext } from "@/lib/auth/guard";
import type { Database } from "@/lib/db";
import {
  ACKNOWLEDGE_QUEUE,
  DEAD_LETTER_QUEUE,
  GP_OUTCOME_QUEUE,
  JOB_SCHEMA,
  NOTIFY_QUEUE,
  OUTCOME_QUEUE,
} from "@/lib/jobs/queues";
import { recordAudit } from "@/lib/audit/record";

type EmailKind = "notification" | "acknowledgement" | "outcome" | "gpOutcome";
const KINDS: Record<string, EmailKind> = {
  [NOTIFY_QUEUE]: "notification",
  [ACKNOWLEDGE_QUEUE]: "acknowledgement",
  [OUTCOME_QUEUE]: "outcome",
  [GP_OUTCOME_QUEUE]: "gpOutcome",
};
// Each outcome email has its own refused mark; the notification and acknowledgement share emailRefusedAt.
const REFUSED = ["emailRefusedAt", "outcomeRefusedAt", "gpOutcomeRefusedAt"] as const;
const SENT_MARKS = {
  notifiedAt: true,
  acknowledgedAt: true,
  outcomeEmailedAt: true,
  gpOutcomeEmailedAt: true,
} as const;

export interface EmailNotSentRow {
  referralId: string;
  reference: string;
  receivedAt: Date;
  /** Which of the referral's emails have not gone. */
  unsent: EmailKind[];
  /** The mail server refused one for good (5xx): the latest refusal of any of its emails. */
  refusedAt: Date | null;
  /** The job gave up (refused or out of retries) and waits here for staff. */
  inDeadLetter: boolean;
}

/**
 * Emails that will not go out unless someone acts: refused by the mail server, or out of retries.
 * Only references and times: this page shows no personal data.
 */
export async function listEmailsNotSent(db: Database): Promise<EmailNotSentRow[]> {
  const dead = await deadLetters(db);
  const rows = await db.referral.findMany({
    where: {
      anonymisedAt: null,
      OR: [...REFUSED.map((mark) => ({ [mark]: { not: null } })), { id: { in: [...dead.keys()] } }],
    },
    select: {
      id: true,
      reference: true,
      createdAt: true,
      ...SENT_MARKS,
      ...(Object.fromEntries(REFUSED.map((mark) => [mark, true])) as Record<(typeof REFUSED)[number], true>),
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map((r) => ({
    referralId: r.id,
    reference: r.reference,
    receivedAt: r.createdAt,
    unsent: unsentQueues(r, dead.get(r.id) ?? []).map((q) => KINDS[q] ?? "acknowledgement"),
    refusedAt: latest(REFUSED.map((mark) => r[mark])),
    inDeadLetter: dead.has(r.id),
  }));
}

/**
 * Dead-letter jobs by referral id, with the queue each came from when known. Refused save-and-return
 * links wait in the same queue with no referral (lib/triage/refused-return-links.ts): left out here.
 */
async function deadLetters(db: Database, referralId?: string): Promise<Map<string, (string | null)[]>> {
  const rows = await db.$queryRawUnsafe<{ referral_id: string; queue: string | null }[]>(
    `SELECT data->>'referralId' AS referral_id, data->>'queue' AS queue FROM ${JOB_SCHEMA}.job
      WHERE name = $1 AND state = 'created' AND data->>'referralId' IS NOT NULL
        AND ($2::text IS NULL OR data->>'referralId' = $2)`,
    DEAD_LETTER_QUEUE,
    referralId ?? null,
  );
  const byReferral = new Map<string, (string | null)[]>();
  for (const row of rows) byReferral.set(row.referral_id, [...(byReferral.get(row.referral_id) ?? []), row.queue]);
  return byReferral;
}

/**
 * The email queues a referral still needs. A job the worker dead-lettered names its queue; one that
 * ran out of retries does not, so it is the notification if that is unsent, else the acknowledgement.
 */
function unsentQueues(r: { [K in keyof typeof SENT_MARKS]: Date | null }, dead: (string | null)[]): string[] {
  const named = dead.map((q) => q ?? (r.notifiedAt ? ACKNOWLEDGE_QUEUE : NOTIFY_QUEUE));
  if (!r.notifiedAt) named.push(NOTIFY_QUEUE);
  const sent: Record<string, Date | null> = {
    [NOTIFY_QUEUE]: r.notifiedAt,
    [OUTCOME_QUEUE]: r.outcomeEmailedAt,
    [GP_OUTCOME_QUEUE]: r.gpOutcomeEmailedAt,
  };
  return [...new Set(named)].filter((q) => !(q in sent ? sent[q] : r.acknowledgedAt)).sort();
}

/**
 * "Send again": clears the refusal, takes the referral's jobs out of the dead letter and queues its
 * unsent emails once more (a no-op for one already queued). Audited as referral.email_resent.
 */
export async function resendEmails(
  db: Database,
  boss: PgBoss,
  context: StaffContext,
  referralId: string,
): Promise<{ queued: number } | null> {
  const r = await db.referral.findUnique({
    where: { id: referralId },
    select: { id: true, ...SENT_MARKS, anonymisedAt: true },
  });
  if (!r || r.anonymisedAt) return null;
  const queues = unsentQueues(r, (await deadLetters(db, referralId)).get(referralId) ?? []);
  let queued = 0;
  for (const queue of queues) if (await boss.send(queue, { referralId }, { singletonKey: referralId })) queued++;
  await db.$transaction(async (tx) => {
    await tx.referral.update({
      where: { id: referralId },
      data: Object.fromEntries(REFUSED.map((mark) => [mark, null])),
    });
    await tx.$executeRawUnsafe(
      `DELETE FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'referralId' = $2`,
      DEAD_LETTER_QUEUE,
      referralId,
    );
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "referral.email_resent",
      target: referralId,
      ip: context.ip,
      detail: { queues, queued },
    });
  });
  return { queued };
}

const latest = (dates: (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
