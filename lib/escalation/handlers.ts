import "server-only";
import type { Database } from "@/lib/db";
import type { JobHandlers } from "@/lib/jobs";
import type { Mailer } from "@/lib/mail";
import { runEscalation } from "./alert";
import { sendDigest } from "./digest";
import type { EscalationSettings } from "./settings";

/** The worker's escalation and digest jobs (lib/jobs schedules them). */
export function escalationHandlers(
  db: Database,
  mailer: Mailer,
  settings: EscalationSettings,
): Required<Pick<JobHandlers, "escalate" | "digest">> {
  return {
    escalate: async (now) => void (await runEscalation(db, mailer, settings, now)),
    digest: async (now) => void (await sendDigest(db, mailer, settings, now)),
  };
}

/** "08:00" (UK time) as the digest's cron expression. */
export const digestCron = (time: string) => `${Number(time.slice(3, 5))} ${Number(time.slice(0, 2))} * * *`;
