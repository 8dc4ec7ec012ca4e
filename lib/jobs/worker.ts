import "server-only";
import type { PgBoss } from "pg-boss";
import { createBoss } from "./boss";
import { ACKNOWLEDGE_QUEUE, NOTIFY_QUEUE, RETENTION_QUEUE, SWEEP_QUEUE } from "./queues";

export interface JobHandlers {
  notify(data: { referralId: string }): Promise<void>;
  acknowledge(data: { referralId: string }): Promise<void>;
  /** Periodic: re-queue and flag overdue notifications, remove expired drafts. */
  sweep(queue: Requeue): Promise<void>;
  /** Daily: anonymise closed referrals past the retention period. */
  retention(): Promise<void>;
}

/** Lets the sweep put a notification back on the queue (no-op while one is already queued or running). */
export type Requeue = (referralId: string) => Promise<boolean>;

// pg-boss's smallest polling interval.
const MAIL_POLLING_SECONDS = 0.5;

export interface WorkerOptions {
  pollingIntervalSeconds?: number;
  /** Cron expression for the sweep; every five minutes by default. */
  sweepCron?: string;
  /** Cron expression (UK time) for the retention job; daily at 02:30 by default, when no one is triaging. */
  retentionCron?: string;
}

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Starts taking jobs. A handler that throws fails the attempt, and pg-boss retries it with backoff. */
export async function startWorker(connectionString: string, handlers: JobHandlers, options: WorkerOptions = {}): Promise<RunningWorker> {
  const boss = createBoss(connectionString, { supervise: true, poolSize: 4 });
  await boss.start();
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };
  // Emails: poll often, and while a backlog is waiting fetch the next job at once instead of
  // pausing between jobs (one job per fetch keeps a failure to the one email that failed).
  const mailPolling = {
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? MAIL_POLLING_SECONDS,
    batchSize: 1,
    burstWhenReadyExceeds: 1,
  };
  const requeue: Requeue = async (referralId) => Boolean(await boss.send(NOTIFY_QUEUE, { referralId }, { singletonKey: referralId }));
  await boss.work<{ referralId: string }>(NOTIFY_QUEUE, mailPolling, async ([job]) => handlers.notify(job!.data));
  await boss.work<{ referralId: string }>(ACKNOWLEDGE_QUEUE, mailPolling, async ([job]) => handlers.acknowledge(job!.data));
  await boss.work(SWEEP_QUEUE, polling, async () => handlers.sweep(requeue));
  await boss.schedule(SWEEP_QUEUE, options.sweepCron ?? "*/5 * * * *");
  await boss.work(RETENTION_QUEUE, polling, async () => handlers.retention());
  // "once": if every worker was down at 02:30, the missed run happens when one comes back.
  await boss.schedule(RETENTION_QUEUE, options.retentionCron ?? "30 2 * * *", null, { tz: "Europe/London", missed: "once" });
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 15_000 }) };
}
