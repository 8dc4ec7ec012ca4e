import "server-only";
import type { Database } from "@/lib/db";
import type { JobAttempt } from "@/lib/jobs";
import { log } from "@/lib/log";
import { classifySendError, type Mailer } from "@/lib/mail";
import { untilWritten } from "@/lib/db/until-written";
import { EmailRefusedError } from "./delivery";
import { returnLinkUrl } from "./return-link";
import { returnLinkEmail } from "./return-link-email";
import { armReturnLink, type ReturnLinkJob } from "./return-links";

export interface ReturnLinkMailSettings {
  appUrl: string;
  domain: string;
  /** The key links are made with (lib/auth/secret.ts getAuthSecret). */
  secret: string;
}

/**
 * The worker's "Save and come back later" email, sent at most once in practice like the young
 * person's invitation: the attempt is marked before sending, a later attempt that finds the mark
 * says "(repeat)". A refusal (5xx) is logged and not retried: it goes to the dead letter, where
 * staff see it at /admin/emails (no address shown) and can send it again once the mail settings are
 * fixed (lib/triage/refused-return-links.ts); otherwise the person would wait for a link that never
 * comes while the draft runs out. The address is cleared once the email is sent.
 */
export function returnLinkHandler(db: Database, mailer: Mailer, s: ReturnLinkMailSettings) {
  return async (job: ReturnLinkJob, attempt: JobAttempt): Promise<void> => {
    const row = await db.draftReturnLink.findUnique({ where: { id: job.linkId } });
    if (!row || row.nonce !== job.nonce || !row.email || row.usedAt || row.sentAt || row.expiresAt <= new Date())
      return;
    const token = await armReturnLink(db, s.secret, job);
    if (!token) return;
    const mail = returnLinkEmail(
      row.email,
      returnLinkUrl(s.appUrl, token),
      row.expiresAt,
      s.domain,
      job.nonce.slice(0, 16),
    );
    const repeat = row.attemptedAt !== null;
    await db.draftReturnLink.update({ where: { id: row.id }, data: { attemptedAt: new Date() } });
    const fields = { event: "email", kind: attempt.queue, attempt: attempt.retryCount + 1, repeat };
    try {
      await mailer.send(repeat ? { ...mail, subject: `(repeat) ${mail.subject}` } : mail);
    } catch (error) {
      const failure = classifySendError(error);
      log.warn({ ...fields, outcome: failure.permanent ? "refused" : "failed", smtpCode: failure.smtpCode });
      if (failure.accepted === "no" && !repeat)
        await untilWritten(() => db.draftReturnLink.update({ where: { id: row.id }, data: { attemptedAt: null } }));
      if (failure.permanent) throw new EmailRefusedError(failure.smtpCode);
      throw error;
    }
    await untilWritten(() =>
      db.draftReturnLink.update({ where: { id: row.id }, data: { sentAt: new Date(), email: null } }),
    );
    log.info({ ...fields, outcome: "sent" });
  };
}
