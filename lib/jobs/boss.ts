import "server-only";
import { PgBoss } from "pg-boss";
import { log } from "@/lib/log";
import {
  DEAD_LETTER_QUEUE,
  DEFAULT_RETRY,
  DIGEST_QUEUE,
  EMAIL_HEARTBEAT_SECONDS,
  EMAIL_QUEUES,
  ESCALATION_QUEUE,
  JOB_SCHEMA,
  RETENTION_QUEUE,
  SWEEP_QUEUE,
  DRAFT_RETURN_QUEUE,
  type RetryPolicy,
} from "./queues";

export interface BossOptions {
  /** Its name in pg-boss's instance registry (`getInstances()`), so whoever runs the service sees which is which. */
  name: string;
  /** Run maintenance and the cron clock (the worker does; the web server does not). */
  supervise: boolean;
  /** How often maintenance fails jobs whose worker stopped heartbeating; 10 s in the worker. */
  superviseIntervalSeconds?: number;
  /** The most database connections it opens. */
  poolSize: number;
}

/** A pg-boss instance on this database, in its own schema. Not started. */
export function createBoss(connectionString: string, options: BossOptions): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    instanceName: options.name,
    max: options.poolSize,
    supervise: options.supervise,
    // pg-boss refuses an interval given as undefined: leave it out to keep its default.
    ...(options.superviseIntervalSeconds ? { superviseIntervalSeconds: options.superviseIntervalSeconds } : {}),
    schedule: options.supervise,
    // Stryker disable next-line BooleanLiteral: equivalent here, installJobs has brought the schema to this version before any client starts
    migrate: false,
    // Stryker disable next-line BooleanLiteral: equivalent here, installJobs has made the schema before any client starts
    createSchema: false,
    connectionTimeoutMillis: 5_000,
  });
  return logBackgroundErrors(boss);
}

/** pg-boss reports background failures as events; without a listener Node would crash the process. */
export function logBackgroundErrors(boss: PgBoss): PgBoss {
  boss.on("error", (error) => log.error({ event: "jobs.error", errorName: error.name, message: error.message }));
  return boss;
}

export const INSTALLER_APPLICATION_NAME = "ipt-jobs-installer";

/**
 * Installs or upgrades pg-boss's schema and creates the queues with their retry policy.
 * Run once at start-up, before the web server and worker (serve.ts), and by tests.
 */
export async function installJobs(connectionString: string, retry: RetryPolicy = DEFAULT_RETRY): Promise<void> {
  const boss = logBackgroundErrors(
    new PgBoss({
      connectionString,
      schema: JOB_SCHEMA,
      instanceName: "installer",
      // Named in pg_stat_activity, so whoever runs the database sees the installer's one connection come and go.
      application_name: INSTALLER_APPLICATION_NAME,
      max: 1,
      supervise: false,
      schedule: false,
    }),
  );
  await boss.start();
  try {
    // createQueue leaves a queue that exists as it is (pg-boss inserts with ON CONFLICT DO NOTHING),
    // so each start makes what is missing; the email queues' retry policy is then brought up to date.
    // Staff clear the dead letter by hand; keep what waits there for three months.
    await boss.createQueue(DEAD_LETTER_QUEUE, { retentionSeconds: 90 * 24 * 60 * 60 });
    const delivery = {
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: true,
      retryDelayMax: retry.maxDelaySeconds,
      // A live worker heartbeats its job; a dead one's job is failed and retried within ~20 s.
      heartbeatSeconds: EMAIL_HEARTBEAT_SECONDS,
      // The longest SMTP conversation: connect + greeting + the reply after DATA (up to 10 min, RFC 5321).
      expireInSeconds: 15 * 60,
      // pg-boss deletes a waiting job after `retention` (counted from its first send, not refreshed on
      // retry); it must outlast the ~7 days of retries above, or a retrying email would vanish.
      retentionSeconds: 21 * 24 * 60 * 60,
      // A failed job's output can quote a recipient's address: keep finished jobs a week (L-12).
      deleteAfterSeconds: 7 * 24 * 60 * 60,
      // Out of retries: to the staff's list of emails not sent.
      deadLetter: DEAD_LETTER_QUEUE,
    };
    for (const name of EMAIL_QUEUES) {
      // "exclusive" with the referral id as singletonKey: never two live jobs for one referral.
      await boss.createQueue(name, { policy: "exclusive", ...delivery });
      await boss.updateQueue(name, delivery);
    }
    // "Save and come back later": retried like the others, but for half as many attempts (about
    // 3½ days with the default policy), because its link ends after 7 days: out of retries, the job
    // goes to the dead letter while staff can still send it again from /admin/emails, as a refused
    // one does (lib/triage/refused-return-links.ts). Before, it was dropped, and the person waited
    // for a link that never came.
    const returnLink = { ...delivery, retryLimit: Math.max(1, Math.floor(retry.limit / 2)) };
    await boss.createQueue(DRAFT_RETURN_QUEUE, { policy: "exclusive", ...returnLink });
    await boss.updateQueue(DRAFT_RETURN_QUEUE, returnLink);
    await boss.createQueue(SWEEP_QUEUE, { policy: "singleton", retryLimit: 0 });
    // One run at a time; a failed run (say the database restarting) is tried again within the hour.
    await boss.createQueue(RETENTION_QUEUE, { policy: "singleton", retryLimit: 3, retryDelay: 600 });
    // One run at a time, so two workers never send the same alert; a failed send is tried again
    // within a minute (the next scheduled run would come anyway).
    await boss.createQueue(ESCALATION_QUEUE, { policy: "singleton", retryLimit: 2, retryDelay: 30 });
    await boss.createQueue(DIGEST_QUEUE, { policy: "singleton", retryLimit: 5, retryDelay: 300 });
  } finally {
    // pg-boss's default stop, graceful for up to 30 s: a background index build (queued by a pg-boss
    // upgrade; only this client runs them, the service's own clients neither migrate nor own the
    // tables) still running when the queues are done finishes, rather than being cancelled and left as
    // an invalid index to rebuild at the next start. With none running it waits for nothing.
    await boss.stop();
  }
}
