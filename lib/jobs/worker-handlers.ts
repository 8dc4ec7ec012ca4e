import "server-only";
import type { Database } from "@/lib/db/client";
import { escalationHandlers } from "@/lib/escalation/handlers";
import type { EscalationSettings } from "@/lib/escalation/settings";
import type { Mailer } from "@/lib/mail/transport";
import type { EmailSettings } from "@/lib/referrals/emails";
import { nightlyDuplicateCheck } from "@/lib/referrals/nightly-duplicate-check";
import { notificationHandlers } from "@/lib/referrals/notifications";
import { gpOutcomeHandler, outcomeHandler } from "@/lib/referrals/outcome-job";
import { returnLinkHandler } from "@/lib/referrals/return-link-job";
import { retentionHandler, type RetentionOptions } from "@/lib/retention/apply";
import { youngPersonHandlers } from "@/lib/young-person/jobs";
import type { JobHandlers } from "./worker";

// The one place the worker's queues meet their handlers. `npm run worker` (lib/cli/worker.ts) and
// the integration tests' worker (tests/helpers/notification-rig.ts) both call it, so a test runs the
// jobs production runs and differs only in its settings. Not exported from lib/jobs/index.ts: it
// imports the capabilities whose jobs it runs, and they import lib/jobs.

/** What the worker's jobs need to know, from the environment or a test's settings. */
export interface WorkerSettings {
  /** The team's address, the links' base and what emails may contain. */
  email: EmailSettings;
  /** A team email still unsent after this many minutes is flagged for staff. */
  notifyOverdueMinutes: number;
  retention: RetentionOptions;
  escalation: EscalationSettings;
  /** Recipient domains secure enough for the outcome letter's details (MAIL_SECURE_DOMAINS). */
  secureDomains: readonly string[];
  /** The key the young person's links and "come back later" links are made with. */
  secret: string;
}

export function createWorkerHandlers(db: Database, mailer: Mailer, s: WorkerSettings): JobHandlers {
  const retention = retentionHandler(db, s.retention);
  return {
    ...notificationHandlers(db, mailer, s.email, s.notifyOverdueMinutes),
    // Retention first: a referral anonymised tonight is not compared (nightly-duplicate-check.ts).
    retention: async () => {
      await retention();
      await nightlyDuplicateCheck(db);
    },
    youngPerson: youngPersonHandlers(db, mailer, { ...s.email, secret: s.secret }),
    ...escalationHandlers(db, mailer, s.escalation),
    outcome: outcomeHandler(db, mailer, { ...s.email, secureDomains: s.secureDomains }),
    gpOutcome: gpOutcomeHandler(db, mailer, { ...s.email, secureDomains: s.secureDomains }),
    draftReturn: returnLinkHandler(db, mailer, { ...s.email, secret: s.secret }),
  };
}
