import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgBoss } from "pg-boss";
import { INSTALLER_APPLICATION_NAME, installJobs, logBackgroundErrors } from "@/lib/jobs/boss";
import {
  DEAD_LETTER_QUEUE,
  DEFAULT_RETRY,
  DIGEST_QUEUE,
  DRAFT_RETURN_QUEUE,
  EMAIL_HEARTBEAT_SECONDS,
  EMAIL_QUEUES,
  ESCALATION_QUEUE,
  JOB_SCHEMA,
  RETENTION_QUEUE,
  SWEEP_QUEUE,
} from "@/lib/jobs/queues";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const DAY = 24 * 60 * 60;

let database: TestDatabase;
let boss: PgBoss;
beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
  // With a listener for its background errors, as the service's own clients have: dropping the test
  // database ends this client's connections, which pg-boss reports as an error event.
  boss = logBackgroundErrors(
    new PgBoss({ connectionString: database.url, schema: JOB_SCHEMA, supervise: false, schedule: false }),
  );
  await boss.start();
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
  await database?.drop();
});

const queue = async (name: string) => (await boss.getQueue(name))!;

/** The longest an email is retried for: each wait doubles from the first up to the cap. */
function secondsOfRetries(limit: number, first: number, cap: number): number {
  let total = 0;
  for (let attempt = 0, wait = first; attempt < limit; attempt++, wait = Math.min(cap, wait * 2)) total += wait;
  return total;
}

describe("the job queues installed at start-up", () => {
  it.each(EMAIL_QUEUES)(
    "retry an email in %s for about a week, with doubling waits, before the dead letter",
    async (name) => {
      const settings = await queue(name);
      expect(settings).toMatchObject({
        // Never two live jobs for one referral.
        policy: "exclusive",
        retryLimit: DEFAULT_RETRY.limit,
        retryDelay: DEFAULT_RETRY.delaySeconds,
        retryBackoff: true,
        retryDelayMax: DEFAULT_RETRY.maxDelaySeconds,
        heartbeatSeconds: EMAIL_HEARTBEAT_SECONDS,
        expireInSeconds: 15 * 60,
        deadLetter: DEAD_LETTER_QUEUE,
      });
      const retrying = secondsOfRetries(DEFAULT_RETRY.limit, DEFAULT_RETRY.delaySeconds, DEFAULT_RETRY.maxDelaySeconds);
      expect(retrying).toBeGreaterThan(6 * DAY);
      // A waiting job is deleted after its retention: it must outlast the retries, or the email vanishes.
      expect(settings.retentionSeconds).toBeGreaterThan(retrying);
      // A failed job's output can quote an address: finished jobs go after a week (L-12).
      expect(settings.deleteAfterSeconds).toBe(7 * DAY);
    },
  );

  it("retry a save-and-come-back link for half as many attempts, so it reaches staff before its link ends", async () => {
    const settings = await queue(DRAFT_RETURN_QUEUE);
    expect(settings).toMatchObject({
      policy: "exclusive",
      retryLimit: DEFAULT_RETRY.limit / 2,
      retryBackoff: true,
      deadLetter: DEAD_LETTER_QUEUE,
    });
    const retrying = secondsOfRetries(settings.retryLimit!, settings.retryDelay!, settings.retryDelayMax!);
    // The link ends after 7 days; staff need time to send it again from /admin/emails.
    expect(retrying).toBeLessThan(5 * DAY);
  });

  it("keep what waits in the dead letter for staff for three months", async () => {
    expect(await queue(DEAD_LETTER_QUEUE)).toMatchObject({ policy: "standard", retentionSeconds: 90 * DAY });
  });

  it("run each scheduled job one at a time, retrying a failed run soon", async () => {
    expect(await queue(SWEEP_QUEUE)).toMatchObject({ policy: "singleton", retryLimit: 0 });
    expect(await queue(RETENTION_QUEUE)).toMatchObject({ policy: "singleton", retryLimit: 3, retryDelay: 600 });
    expect(await queue(ESCALATION_QUEUE)).toMatchObject({ policy: "singleton", retryLimit: 2, retryDelay: 30 });
    expect(await queue(DIGEST_QUEUE)).toMatchObject({ policy: "singleton", retryLimit: 5, retryDelay: 300 });
  });

  it("take a new retry policy when installed again, as at the next start after an upgrade", async () => {
    const shorter = { delaySeconds: 1, maxDelaySeconds: 4, limit: 6 };
    await installJobs(database.url, shorter);
    try {
      for (const name of EMAIL_QUEUES) {
        expect(await queue(name)).toMatchObject({ retryLimit: 6, retryDelay: 1, retryDelayMax: 4 });
      }
      expect(await queue(DRAFT_RETURN_QUEUE)).toMatchObject({ retryLimit: 3 });
    } finally {
      await installJobs(database.url);
    }
  });

  it("are installed over a connection that is closed once they are set up, so no start-up leaves one open", async () => {
    const db = database.db();
    const installerConnections = async () => {
      const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        INSTALLER_APPLICATION_NAME,
      );
      return Number(row!.n);
    };
    // The first query opens this test's own connection, which may take more than poll's usual second.
    await expect.poll(installerConnections, { timeout: 10_000 }).toBe(0);
    let installing!: Promise<void>;
    await db.$transaction(
      async (tx) => {
        // Holds the installer mid-way (creating a queue waits for this lock), so its connection is seen.
        await tx.$executeRawUnsafe(`LOCK TABLE ${JOB_SCHEMA}.queue IN SHARE MODE`);
        installing = installJobs(database.url);
        await expect.poll(installerConnections, { timeout: 10_000 }).toBe(1);
      },
      { timeout: 20_000 },
    );
    await installing;
    await expect.poll(installerConnections).toBe(0);
  });

  it("run at start-up a background build a pg-boss upgrade queued, so it is not left waiting", async () => {
    const db = database.db();
    // As after a pg-boss upgrade: a build waiting in its background-migration table, and no recent run.
    await db.$executeRawUnsafe(`UPDATE ${JOB_SCHEMA}.version SET bam_on = NULL`);
    const [queued] = await db.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO ${JOB_SCHEMA}.bam (name, version, status, table_name, command)
       SELECT 'slow-build', version, 'pending', 'job_common', 'SELECT pg_sleep(0.5)' FROM ${JOB_SCHEMA}.version
       RETURNING id::text AS id`,
    );
    await installJobs(database.url);
    const [row] = await db.$queryRawUnsafe<{ status: string }[]>(
      `SELECT status, error, started_on FROM ${JOB_SCHEMA}.bam WHERE id = $1::uuid`,
      queued!.id,
    );
    expect(row).toMatchObject({ status: "completed" });
  });

  it("give a save-and-come-back link at least one retry however short the policy", async () => {
    await installJobs(database.url, { delaySeconds: 1, maxDelaySeconds: 1, limit: 1 });
    try {
      expect(await queue(DRAFT_RETURN_QUEUE)).toMatchObject({ retryLimit: 1 });
    } finally {
      await installJobs(database.url);
    }
  });
});
