import "server-only";
import type { Database } from "@/lib/db";
import type { JobAttempt, JobHandlers } from "@/lib/jobs";
import { log } from "@/lib/log";
import { classifySendError, type Mailer, type OutgoingMail } from "@/lib/mail";
import { untilWritten } from "@/lib/db/until-written";
import { EmailRefusedError } from "@/lib/referrals/delivery";
import { flagsOf } from "@/lib/referrals/risk-flags";
import { riskOfView, type YoungPersonAnswers } from "./view-form";
import { armLink, expireUnusedLinks } from "./links";
import { linkUrl } from "./link";
import { invitationEmail, viewAddedEmail } from "./emails";

type Columns =
  | { attempted: "inviteAttemptedAt"; sent: "invitedEmailSentAt" }
  | {
      attempted: "teamNotifyAttemptedAt";
      sent: "teamNotifiedAt";
    };

/**
 * The same "at most once in practice" sending as lib/referrals/delivery.ts deliverOnce, with the
 * attempt and sent marks on the young person's own record: an attempt is written before sending,
 * a later attempt that finds it marks its subject "(repeat)"; a 5xx is a permanent refusal.
 */
async function deliverOnce(
  db: Database,
  mailer: Mailer,
  viewId: string,
  columns: Columns,
  attemptedAt: Date | null,
  mail: OutgoingMail,
  job: JobAttempt,
  reference: string,
) {
  const repeat = attemptedAt !== null;
  await db.youngPersonView.update({ where: { id: viewId }, data: { [columns.attempted]: new Date() } });
  const fields = { event: "email", kind: job.queue, reference, attempt: job.retryCount + 1, repeat };
  try {
    await mailer.send(repeat ? { ...mail, subject: `(repeat) ${mail.subject}` } : mail);
  } catch (error) {
    const failure = classifySendError(error);
    log.warn({ ...fields, outcome: failure.permanent ? "refused" : "failed", smtpCode: failure.smtpCode });
    if (failure.accepted === "no" && !repeat)
      await untilWritten(() =>
        db.youngPersonView.update({ where: { id: viewId }, data: { [columns.attempted]: null } }),
      );
    if (failure.permanent) throw new EmailRefusedError(failure.smtpCode);
    throw error;
  }
  await untilWritten(() => db.youngPersonView.update({ where: { id: viewId }, data: { [columns.sent]: new Date() } }));
  log.info({ ...fields, outcome: "sent" });
}

export interface YoungPersonMailSettings {
  to: string;
  appUrl: string;
  domain: string;
  /** The key links are made with (lib/auth/secret.ts getAuthSecret). */
  secret: string;
}

/** The worker's two young-person email jobs. */
export function youngPersonHandlers(
  db: Database,
  mailer: Mailer,
  s: YoungPersonMailSettings,
): NonNullable<JobHandlers["youngPerson"]> {
  return {
    async invite({ referralId }, job) {
      const row = await db.youngPersonView.findUnique({
        where: { referralId },
        include: { referral: { select: { reference: true } } },
      });
      if (!row || !row.email || row.answeredAt || row.invitedEmailSentAt || row.expiresAt <= new Date()) return;
      const token = await armLink(db, s.secret, row.id, row.nonce);
      if (!token) return;
      const mail = invitationEmail(
        row.email,
        linkUrl(s.appUrl, token),
        row.expiresAt,
        s.domain,
        row.nonce.slice(0, 16),
      );
      await deliverOnce(
        db,
        mailer,
        row.id,
        { attempted: "inviteAttemptedAt", sent: "invitedEmailSentAt" },
        row.inviteAttemptedAt,
        mail,
        job,
        row.referral.reference,
      );
    },
    async viewAdded({ referralId }, job) {
      const row = await db.youngPersonView.findUnique({ where: { referralId }, include: { referral: true } });
      if (!row || !row.answeredAt || row.teamNotifiedAt) return;
      const own = riskOfView(row.answers as YoungPersonAnswers);
      const flags = flagsOf(row.referral).filter((f) => own.flags[f]);
      await deliverOnce(
        db,
        mailer,
        row.id,
        { attempted: "teamNotifyAttemptedAt", sent: "teamNotifiedAt" },
        row.teamNotifyAttemptedAt,
        viewAddedEmail(row.referral, flags, s),
        job,
        row.referral.reference,
      );
    },
    async expire() {
      const expired = await expireUnusedLinks(db);
      if (expired) log.info({ event: "young-person.links-expired", count: expired });
    },
  };
}
