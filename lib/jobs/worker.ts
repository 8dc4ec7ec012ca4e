import "server-only";
import type { Job, PgBoss } from "pg-boss";
import { createBoss } from "./boss";
import { log } from "@/lib/log";
import { PermanentJobFailure } from "./permanent-failure";
import {
  ACKNOWLEDGE_QUEUE,
  DEAD_LETTER_QUEUE,
  DIGEST_QUEUE,
  ESCALATION_QUEUE,
  NOTIFY_QUEUE,
  OUTCOME_QUEUE,
  GP_OUTCOME_QUEUE,
  RETENTION_QUEUE,
  SWEEP_QUEUE,
  YOUNG_PERSON_INVITE_QUEUE,
  YOUNG_PERSON_VIEW_QUEUE,
  DRAFT_RETURN_QUEUE,
} from "./queues";

/** Which attempt of which queue's job a handler is running. */
export interface JobAttempt {
  queue: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

export interface JobHandlers {
  notify(data: { referralId: string }, job: JobAttempt): Promise<void>;
  acknowledge(data: { referralId: string }, job: JobAttempt): Promise<void>;
  /** Periodic: re-queue and flag overdue notifications, remove expired drafts. */
  sweep(queue: Requeue): Promise<void>;
  /** Nightly: anonymise closed referrals past the retention period, then look for possible duplicates missed on arrival. */
  retention(): Promise<void>;
  /** Every few minutes: alert the duty address about urgent referrals not opened and overdue ones. */
  escalate(now: Date): Promise<void>;
  /** Daily: counts of untriaged, urgent and overdue referrals to the duty address. */
  digest(now: Date): Promise<void>;
  /** The young person's private link and the team's note that they answered (lib/young-person). */
  youngPerson: {
    invite(data: { referralId: string }, job: JobAttempt): Promise<void>;
    viewAdded(data: { referralId: string }, job: JobAttempt): Promise<void>;
    /** With each sweep: unused links past their 14 days stop working for good. */
    expire(): Promise<void>;
  };
  /** The outcome email to the professional who referred (lib/referrals/outcome-job.ts). */
  outcome(data: { referralId: string }, job: JobAttempt): Promise<void>;
  /** Its copy to the GP practice, when the person agreed (lib/referrals/outcome-job.ts). */
  gpOutcome(data: { referralId: string }, job: JobAttempt): Promise<void>;
  /** "Save and come back later": emails the single-use link to a saved draft (lib/referrals/return-link-job.ts). */
  draftReturn(data: { linkId: string; nonce: string }, job: JobAttempt): Promise<void>;
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
  /** Cron expression for the escalation check; every five minutes by default. */
  escalationCron?: string;
  /** Cron expression (UK time) for the daily digest; from DIGEST_TIME, 08:00 by default. */
  digestCron?: string;
}

export interface RunningWorker {
  boss: PgBoss;
  /** Every queue this worker takes jobs from (all of lib/jobs/queues.ts but the dead letter, which staff read). */
  queues: readonly string[];
  stop(): Promise<void>;
}

/** Starts taking jobs. A handler that throws fails the attempt, and pg-boss retries it with backoff. */
export async function startWorker(
  connectionString: string,
  handlers: JobHandlers,
  options: WorkerOptions = {},
): Promise<RunningWorker> {
  // Supervision every 10 s: a job whose worker died is noticed by its missed heartbeat within ~20 s.
  const boss = createBoss(connectionString, {
    name: "worker",
    supervise: true,
    poolSize: 4,
    superviseIntervalSeconds: 10,
  });
  await boss.start();
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };
  // Emails: poll often, and while a backlog is waiting fetch the next job at once instead of
  // pausing between jobs (one job per fetch keeps a failure to the one email that failed).
  const mailPolling = {
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? MAIL_POLLING_SECONDS,
    batchSize: 1,
    burstWhenReadyExceeds: 1,
  };
  const requeue: Requeue = async (referralId) =>
    Boolean(await boss.send(NOTIFY_QUEUE, { referralId }, { singletonKey: referralId }));
  // A permanent failure is not retried: the job goes to the dead letter at once, for staff to see.
  const email =
    <T extends object>(queue: string, handle: (data: T, job: JobAttempt) => Promise<void>) =>
    async ([job]: Job<T>[]) => {
      try {
        await handle(job!.data, { queue, retryCount: job!.retryCount });
      } catch (error) {
        if (!(error instanceof PermanentJobFailure)) throw error;
        await boss.send(DEAD_LETTER_QUEUE, { ...job!.data, queue, ...error.details });
        log.error({ event: "job.dead-letter", queue, jobId: job!.id, reason: error.message });
      }
    };
  const queues: string[] = [];
  const work = <T extends object>(queue: string, options: object, handle: (jobs: Job<T>[]) => Promise<void>) => {
    queues.push(queue);
    return boss.work<T>(queue, options, handle);
  };
  await work(NOTIFY_QUEUE, mailPolling, email(NOTIFY_QUEUE, handlers.notify));
  await work(ACKNOWLEDGE_QUEUE, mailPolling, email(ACKNOWLEDGE_QUEUE, handlers.acknowledge));
  const { invite, viewAdded, expire } = handlers.youngPerson;
  await work(YOUNG_PERSON_INVITE_QUEUE, mailPolling, email(YOUNG_PERSON_INVITE_QUEUE, invite));
  await work(YOUNG_PERSON_VIEW_QUEUE, mailPolling, email(YOUNG_PERSON_VIEW_QUEUE, viewAdded));
  await work(OUTCOME_QUEUE, mailPolling, email(OUTCOME_QUEUE, handlers.outcome));
  await work(GP_OUTCOME_QUEUE, mailPolling, email(GP_OUTCOME_QUEUE, handlers.gpOutcome));
  await work(DRAFT_RETURN_QUEUE, mailPolling, email(DRAFT_RETURN_QUEUE, handlers.draftReturn));
  await work(SWEEP_QUEUE, polling, async () => {
    await handlers.sweep(requeue);
    await expire();
  });
  await boss.schedule(SWEEP_QUEUE, options.sweepCron ?? "*/5 * * * *");
  await work(RETENTION_QUEUE, polling, async () => handlers.retention());
  // "once": if every worker was down at 02:30, the missed run happens when one comes back.
  await boss.schedule(RETENTION_QUEUE, options.retentionCron ?? "30 2 * * *", null, {
    tz: "Europe/London",
    missed: "once",
  });
  await work(ESCALATION_QUEUE, polling, async () => handlers.escalate(new Date()));
  await boss.schedule(ESCALATION_QUEUE, options.escalationCron ?? "*/5 * * * *");
  await work(DIGEST_QUEUE, polling, async () => handlers.digest(new Date()));
  await boss.schedule(DIGEST_QUEUE, options.digestCron ?? "0 8 * * *", null, { tz: "Europe/London", missed: "once" });
  return { boss, queues, stop: () => boss.stop({ graceful: true, timeout: 15_000 }) };
}
