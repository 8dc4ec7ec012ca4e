import "server-only";
import type { Database } from "@/lib/db";
import { isRowGone } from "@/lib/db/row-gone";
import { PermanentJobFailure } from "@/lib/jobs/permanent-failure";
import { log } from "@/lib/log";
import { classifySendError, type Mailer, type OutgoingMail } from "@/lib/mail";

/** Which of a referral's emails; each has its own "attempted", "sent" and "refused" columns. */
export type EmailKind = "notification" | "acknowledgement" | "outcome" | "gpOutcome";

// The notification and the acknowledgement share the referral's "email refused" mark, which the
// inbox and the overdue sweep read; an outcome email refused months later must not set it, so
// each outcome email has a refused mark of its own.
const COLUMNS = {
  notification: { attempted: "notifyAttemptedAt", sent: "notifiedAt", refused: "emailRefusedAt" },
  acknowledgement: { attempted: "acknowledgeAttemptedAt", sent: "acknowledgedAt", refused: "emailRefusedAt" },
  outcome: { attempted: "outcomeAttemptedAt", sent: "outcomeEmailedAt", refused: "outcomeRefusedAt" },
  gpOutcome: { attempted: "gpOutcomeAttemptedAt", sent: "gpOutcomeEmailedAt", refused: "gpOutcomeRefusedAt" },
} as const;

/** The mail server refused the email for good (5xx): the job must not be retried. */
export class EmailRefusedError extends PermanentJobFailure {
  // Stryker disable next-line StringLiteral: equivalent, the name only labels a stack trace; the worker tells a permanent failure by its class
  override name = "EmailRefusedError";
  constructor(readonly smtpCode: number | null) {
    super(`the mail server refused the email permanently (${smtpCode ?? "no code"})`, { smtpCode });
  }
}

export interface DeliveryContext {
  reference: string;
  queue: string;
  /** pg-boss's retry count for this job: 0 on the first attempt. */
  attempt: number;
}

/**
 * Sends one email at most once in practice. Exactly-once over SMTP is impossible (the server can
 * accept a message and the worker die before it writes that down), so:
 * - an attempt is written down *before* sending; a later attempt that finds it (and no "sent") cannot
 *   know whether the earlier one got through, so its subject says "(repeat)", with the same Message-ID;
 * - "sent" is written with in-process retries (every half second, for up to 10 minutes), so a database
 *   that dies after the send does not cause a resend;
 * - a failure where the server clearly took nothing clears the attempt, so the retry is not a repeat;
 * - a permanent refusal (5xx) writes the email's refused mark and throws EmailRefusedError.
 */
export async function deliverOnce(
  db: Database,
  mailer: Mailer,
  kind: EmailKind,
  referral: { id: string; attemptedAt: Date | null },
  mail: OutgoingMail,
  context: DeliveryContext,
): Promise<void> {
  const { attempted, sent, refused } = COLUMNS[kind];
  const repeat = referral.attemptedAt !== null;
  await db.referral.update({ where: { id: referral.id }, data: { [attempted]: new Date() } });
  const fields = {
    event: "email",
    kind,
    reference: context.reference,
    queue: context.queue,
    attempt: context.attempt + 1,
    repeat,
  };
  try {
    await mailer.send(repeat ? { ...mail, subject: `(repeat) ${mail.subject}` } : mail);
  } catch (error) {
    const failure = classifySendError(error);
    log.warn({
      ...fields,
      outcome: failure.permanent ? "refused" : "failed",
      smtpCode: failure.smtpCode,
      errorCode: failure.errorCode,
      accepted: failure.accepted,
    });
    if (failure.accepted === "no" && !repeat) {
      await untilWritten(() => db.referral.update({ where: { id: referral.id }, data: { [attempted]: null } }));
    }
    if (failure.permanent) {
      await untilWritten(() => db.referral.update({ where: { id: referral.id }, data: { [refused]: new Date() } }));
      throw new EmailRefusedError(failure.smtpCode);
    }
    throw error;
  }
  await untilWritten(() => db.referral.update({ where: { id: referral.id }, data: { [sent]: new Date() } }));
  log.info({ ...fields, outcome: "sent" });
}

/** How untilWritten keeps trying. */
export interface WriteRetry {
  /**
   * The pause between tries. Short, so the write lands within about half a second of the database
   * coming back: pg-boss may have failed the job as dead meanwhile (a stale heartbeat), and another
   * worker starts its retry no sooner than 5 s later, which would send a "(repeat)" unless "sent"
   * is written first (tests/integration/database-dies-after-send.test.ts).
   */
  pauseMs: number;
  /** How long to keep trying: less than the email jobs' expiry (15 minutes, lib/jobs/boss.ts). */
  forMs: number;
}

export const WRITE_RETRY: WriteRetry = { pauseMs: 500, forMs: 10 * 60_000 };

// One log line when the database first refuses, then one every half a minute while it stays away.
const LOG_EVERY_MS = 30_000;

/**
 * Retries a database write in-process until it is written, for as long as the job may live:
 * after the mail server has accepted a message, failing the job would send it again. A write that
 * can never succeed (the row was erased meanwhile) is given up at once, so it does not hold the
 * queue's worker for ten minutes; the job's next attempt then finds nothing to send.
 */
export async function untilWritten<T>(write: () => Promise<T>, retry: WriteRetry = WRITE_RETRY): Promise<T> {
  const started = Date.now();
  let loggedAt = -Infinity;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const waitedMs = Date.now() - started;
      if (waitedMs >= retry.forMs || isRowGone(error)) throw error;
      if (waitedMs - loggedAt >= LOG_EVERY_MS) {
        loggedAt = waitedMs;
        log.warn({
          event: "database.write-retry",
          attempt,
          waitedMs,
          errorName: (error as Error)?.name ?? "Error",
          errorCode: (error as { code?: unknown })?.code,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, retry.pauseMs));
    }
  }
}
