import "server-only";
import type { Database } from "@/lib/db";
import type { JobHandlers } from "@/lib/jobs";
import type { Mailer } from "@/lib/mail";
import { deliverOnce } from "./delivery";
import { journeys } from "./journeys/registry";
import type { Answers } from "./journeys/types";
import { outcomeEmail, type OutcomeEmailSettings } from "./outcome-email";
import { acknowledgementAddress } from "./search-columns";

/**
 * The worker's outcome email: sent once (deliverOnce's attempt and sent marks), to the work email
 * the professional gave, with the latest outcome's words. Nothing is sent for a referral gone,
 * anonymised or already told.
 */
export function outcomeHandler(
  db: Database,
  mailer: Mailer,
  settings: OutcomeEmailSettings,
): NonNullable<JobHandlers["outcome"]> {
  return async ({ referralId }, job) => {
    const r = await db.referral.findUnique({
      where: { id: referralId },
      include: { statusChanges: { where: { outcomeWords: { not: null } }, orderBy: { createdAt: "desc" }, take: 1 } },
    });
    const change = r?.statusChanges[0];
    if (!r || !change || r.anonymisedAt || r.outcomeEmailedAt) return;
    const journey = Object.values(journeys).find((j) => j.kind === r.journey);
    const to = journey ? acknowledgementAddress(journey, r.answers as Answers) : null;
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
    await deliverOnce(db, mailer, "outcome", { id: r.id, attemptedAt: r.outcomeAttemptedAt }, mail, {
      reference: r.reference,
      queue: job.queue,
      attempt: job.retryCount,
    });
  };
}
