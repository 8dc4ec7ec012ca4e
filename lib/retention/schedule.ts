/**
 * Every place this service keeps data, how long, and why: one list, read by the worker's nightly
 * retention job (lib/retention/apply.ts), the privacy notice's table (components/content/
 * retention-schedule.tsx) and a test that fails when a table in the Prisma schema (prisma/schema/) has no entry.
 * Hazard H22: what the privacy notice promises is what the code does.
 */
import { RETURN_LINK_DAYS } from "@/lib/referrals/return-link";

export interface RetentionPeriods {
  /** RETENTION_DAYS: finished referrals are anonymised this long after they finish. */
  referralDays: number;
  /** AUDIT_RETENTION_DAYS: audit events are deleted this long after they happen. */
  auditDays: number;
  /** MAIL_FILE_RETENTION_DAYS: local copies of emails (only when no mail server is set). */
  mailFileDays: number;
}

export interface RetentionEntry {
  /** The Prisma models (or other stores) this entry covers. */
  stores: readonly string[];
  /** What it holds, in plain words for the privacy notice. */
  holds: string;
  /** How long it is kept, in plain words, from the configured periods. */
  keptFor: (periods: RetentionPeriods) => string;
}

export const days = (n: number) => {
  const years = Math.round(n / 365);
  return n >= 365 ? `${n} days (about ${years} ${years === 1 ? "year" : "years"})` : `${n} days`;
};

export const retentionSchedule: readonly RetentionEntry[] = [
  {
    stores: ["Referral", "Note", "StatusChange", "ReferralChange"],
    holds: "Referrals and enquiries, with the team's notes and decisions about them",
    keptFor: (p) =>
      `While the referral is open; then ${days(p.referralDays)} after it is finished (closed, declined, signposted or withdrawn). After that we remove names, contact details, answers, notes and reasons, and keep only the reference, dates and outcome for statistics.`,
  },
  {
    stores: ["YoungPersonView"],
    holds:
      "A young person's own view, sent through a private link, and the email or phone number the link was given for",
    keptFor: (p) =>
      `As long as the referral it belongs to: removed when the referral's personal details are removed (${days(p.referralDays)} after it is finished) or when the referral is erased. An unused link stops working after 14 days.`,
  },
  {
    stores: ["MeasureScore"],
    holds:
      "Answers and scores from standard questionnaires about mood, anxiety and day-to-day life (such as the PHQ-9), given with a referral",
    keptFor: (p) =>
      `As long as the referral they belong to: deleted when the referral's personal details are removed (${days(p.referralDays)} after it is finished) or when the referral is erased.`,
  },
  {
    stores: ["ReferralMatch"],
    holds:
      "Which referrals may be about the same person (found by NHS number, or date of birth with name, phone or email), and whether the team linked them or said they are not",
    keptFor: (p) =>
      `As long as both referrals: removed when either referral's personal details are removed (${days(p.referralDays)} after it is finished) or when either is erased.`,
  },
  {
    stores: ["ReferralDraft", "DraftReturnLink"],
    holds:
      'Answers to a form you have not sent yet; if you chose "Save and come back later", the email address we send the link to',
    keptFor: () =>
      `Until you send the form or delete your answers, or until they expire: a short time after you last used the form (the form says how long), or ${RETURN_LINK_DAYS} days after you saved it with "Save and come back later". Expired answers are deleted within 5 minutes, and every night. The email address is deleted as soon as the link is sent.`,
  },
  {
    stores: ["HeldSubmission"],
    holds: "Forms held back by a limit (for example, many sent from one place) until the team checks them",
    keptFor: (p) =>
      `Until the team releases the form into the inbox or discards it; the answers are deleted at that moment. The record that a form was held is deleted ${days(p.referralDays)} later.`,
  },
  {
    stores: ["mail files"],
    holds: "Copies of emails written to this server's disk, only when no mail server is set up",
    keptFor: (p) => `${days(p.mailFileDays)}.`,
  },
  {
    stores: ["pg-boss jobs"],
    holds: "The queue of emails to send (it holds only a referral's internal id)",
    keptFor: () => "7 days after the email is sent; emails that could not be sent, 90 days.",
  },
  {
    stores: ["AuditEvent"],
    holds:
      "The audit log: which member of staff looked at or changed what, when, and from which network address. It holds no names or reasons: the reason for a decision stays with the referral and is removed with it",
    keptFor: (p) => `${days(p.auditDays)}. It cannot be changed or deleted sooner.`,
  },
  {
    stores: ["User", "Account", "TwoFactor"],
    holds: "Staff accounts: name, work email, role, password hash and authenticator secret",
    keptFor: () =>
      "While the person works for the service; a deactivated account is kept so the audit log still names who did what.",
  },
  {
    stores: ["Session", "Verification"],
    holds: "Staff sign-ins: network address and browser of each session; one-time sign-in codes",
    keptFor: () => "Deleted the day after they expire or the member of staff signs out.",
  },
  {
    stores: ["SignInThrottle", "RateLimit"],
    holds: "Counts of sign-in tries and of forms sent, by network address or account",
    keptFor: () => "Deleted within a day of the last try.",
  },
  {
    stores: ["AcknowledgementSent"],
    holds:
      "A coded form of each email address we sent a reference to (not the address itself), so no address gets more than one a day",
    keptFor: () => "Deleted within 2 days.",
  },
  {
    stores: ["SavedSearch"],
    holds:
      "Words staff typed into the dashboard's search (such as a name or NHS number), kept so they never appear in a web address",
    keptFor: () => "Deleted after a day.",
  },
  {
    stores: ["WorkerHeartbeat"],
    holds: "When each background worker last said it was running (no personal data)",
    keptFor: () => "Deleted 7 days after the worker stops.",
  },
];
