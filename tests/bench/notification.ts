// Section 3 of `npm run bench`: how long after a referral is sent its notification email is
// accepted by an SMTP server, and how many emails per second the worker sends in a burst.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { ACKNOWLEDGE_QUEUE, JOB_SCHEMA, NOTIFY_QUEUE } from "../../lib/jobs/queues";
import type { SmtpSink } from "../helpers/smtp-sink";
import { seedDrafts } from "./seed-drafts";
import { pauseWorker, type RunningService } from "./service";
import { submitForm } from "./submit-form";

export interface LatencyFigures {
  referrals: number;
  p50: number;
  p95: number;
  max: number;
}

export interface BurstFigures {
  /** Emails (notifications and acknowledgements) waiting when the worker was resumed. */
  backlog: number;
  sent: number;
  seconds: number;
  emailsPerSecond: number;
}

const JOURNEY = "adult";

/**
 * Sends `count` real referrals over HTTP, one at a time, each after the previous one's email
 * arrived (plus a random pause of up to a second, so they do not fall in step with the worker's
 * polling), and times each from the moment its POST starts to the moment the SMTP server has
 * accepted its notification (Message-ID `<referral-REFERENCE@…>`). The worker runs as
 * `npm start` runs it; the burst below shows what happens when referrals come faster.
 */
export async function benchNotificationLatency(
  service: RunningService,
  sink: SmtpSink,
  count = 20,
): Promise<LatencyFigures> {
  const db = createPrismaClient(service.databaseUrl);
  const drafts = await seedDrafts(db, service.databaseUrl, JOURNEY, count);
  await db.$disconnect();
  const form = await submitForm(service, JOURNEY, drafts[0]!);
  const times: number[] = [];
  for (const [i, draft] of drafts.entries()) {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 1_000));
    const start = performance.now();
    const result = await form.send(draft, `10.200.0.${i + 1}`);
    if (result.status !== 303 || !result.reference)
      throw new Error(`a referral was answered ${result.status}, not a redirect with a reference`);
    const deadline = Date.now() + 60_000;
    while (!sink.messages.some((m) => m.messageId?.startsWith(`<referral-${result.reference}@`))) {
      if (Date.now() > deadline) throw new Error(`the notification for ${result.reference} did not arrive within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { referrals: count, p50: at(0.5), p95: at(0.95), max: times.at(-1)! };
}

/**
 * Resumes a paused worker with `backlog` emails queued and counts what the SMTP server accepts
 * for up to `seconds` (or until the backlog is gone), then pauses the worker again.
 */
export async function benchWorkerBurst(
  service: RunningService,
  sink: SmtpSink,
  backlog: number,
  seconds: number,
): Promise<BurstFigures> {
  const before = sink.messages.length;
  const start = performance.now();
  pauseWorker(service, false);
  let last = start;
  let seen = before;
  while (performance.now() - start < seconds * 1000 && sink.messages.length - before < backlog) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (sink.messages.length !== seen) {
      seen = sink.messages.length;
      last = performance.now();
    }
  }
  pauseWorker(service, true);
  const sent = seen - before;
  const elapsed = (last - start) / 1000;
  return { backlog, sent, seconds: elapsed, emailsPerSecond: sent / Math.max(elapsed, 0.001) };
}

/** Notification and acknowledgement jobs waiting to be sent. */
export async function queuedEmails(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name IN ($1, $2) AND state IN ('created', 'retry')`,
      [NOTIFY_QUEUE, ACKNOWLEDGE_QUEUE],
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
