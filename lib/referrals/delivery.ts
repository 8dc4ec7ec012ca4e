import "server-only";
import type { Database } from "@/lib/db";
import { PermanentJobFailure } from "@/lib/jobs/permanent-failure";
import { untilWritten } from "@/lib/db/until-written";
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
  // A permanent failure always has the server's 5xx code (classifySendError), so it is always in the message.
  constructor(readonly smtpCode: number | null) {
    super(`the mail server refused the email permanently (${smtpCode})`, { smtpCode });
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
