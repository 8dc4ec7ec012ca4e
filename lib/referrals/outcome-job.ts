import "server-only";
import type { Database } from "@/lib/db";
import type { JobHandlers } from "@/lib/jobs";
import type { Mailer } from "@/lib/mail";
import { deliverOnce, type EmailKind } from "./delivery";
import { gpOutcomeAddress } from "./journeys/gp-outcome-consent";
import { journeys } from "./journeys/registry";
import type { Answers } from "./journeys/types";
import { outcomeEmail, type OutcomeEmailSettings } from "./outcome-email";
import { acknowledgementAddress } from "./search-columns";

type Referral = NonNullable<Awaited<ReturnType<Database["referral"]["findUnique"]>>>;

/** Where each outcome email goes, and the referral's marks for it. */
const RECIPIENTS = {
  outcome: {
    address: (r: Referral) => {
      const journey = Object.values(journeys).find((j) => j.kind === r.journey);
      return journey ? acknowledgementAddress(journey, r.answers as Answers) : null;
    },
    attemptedAt: (r: Referral) => r.outcomeAttemptedAt,
    sentAt: (r: Referral) => r.outcomeEmailedAt,
  },
  // Read again when the job runs: only a professional's referral asks, and only a "Yes" with an address counts.
  gpOutcome: {
    address: (r: Referral) => (r.journey === "PROFESSIONAL" ? gpOutcomeAddress((r.answers as Answers).where) : null),
    attemptedAt: (r: Referral) => r.gpOutcomeAttemptedAt,
    sentAt: (r: Referral) => r.gpOutcomeEmailedAt,
  },
} satisfies Partial<Record<EmailKind, unknown>>;

/**
 * The worker's outcome emails: sent once (deliverOnce's attempt and sent marks), with the latest
 * outcome's words, to the work email the professional gave (`outcome`) or to the person's GP
 * practice when the person agreed (`gpOutcome`). Both have the same content rules: the reference,
 * the stage and the shared words by default. Nothing is sent for a referral gone, anonymised or
 * already told.
 */
function outcomeJob(db: Database, mailer: Mailer, settings: OutcomeEmailSettings, kind: keyof typeof RECIPIENTS) {
  const recipient = RECIPIENTS[kind];
  return async ({ referralId }: { referralId: string }, job: { queue: string; retryCount: number }) => {
    const r = await db.referral.findUnique({
      where: { id: referralId },
      include: { statusChanges: { where: { outcomeWords: { not: null } }, orderBy: { createdAt: "desc" }, take: 1 } },
    });
    const change = r?.statusChanges[0];
    if (!r || !change || r.anonymisedAt || recipient.sentAt(r)) return;
    const to = recipient.address(r);
    if (!to) return;
    const mail = outcomeEmail(
      {
        ...r,
        outcomeWords: change.outcomeWords!,
        sharedText: change.sharedWithPerson ? change.sharedText : null,
      },
      to,
      settings,
    );
    await deliverOnce(db, mailer, kind, { id: r.id, attemptedAt: recipient.attemptedAt(r) }, mail, {
      reference: r.reference,
      queue: job.queue,
      attempt: job.retryCount,
    });
  };
}

export function outcomeHandler(
  db: Database,
  mailer: Mailer,
  settings: OutcomeEmailSettings,
): NonNullable<JobHandlers["outcome"]> {
  return outcomeJob(db, mailer, settings, "outcome");
}

export function gpOutcomeHandler(
  db: Database,
  mailer: Mailer,
  settings: OutcomeEmailSettings,
): NonNullable<JobHandlers["gpOutcome"]> {
  return outcomeJob(db, mailer, settings, "gpOutcome");
}
