import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { installJobs } from "../../lib/jobs/boss";
import { ACKNOWLEDGE_QUEUE, NOTIFY_QUEUE } from "../../lib/jobs/queues";
import { startWorker } from "../../lib/jobs/worker";
import { createWorkerHandlers } from "../../lib/jobs/worker-handlers";
import { createMailer, type Mailer } from "../../lib/mail/transport";
import { testWorkerSettings } from "../helpers/notification-rig";
import { takeDown, type OutageKind } from "../helpers/postgres-outage";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { sendJourney, testDeps } from "../helpers/submit-journey";
import { testQueueClient } from "../helpers/queue-client";

// The review's experiment d2 with real parts: a Postgres of this file's own (so it can be stopped
// and started), a real SMTP server, and two workers with the real handlers and queue policy. The moment the mail server has
// the whole team notification, Postgres goes away; only then does the server answer 250, so the
// worker's "sent" write is certain to find the database gone. Postgres comes back after a pause
// and the worker goes on.
let dir: string;
let server: EmbeddedDatabase;
let db: Database;
let sink: SmtpSink;
let mailer: Mailer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "ipt-db-dies-after-send-"));
  server = await startEmbeddedPostgres({ dataDir: dir, database: "ipt" });
  await migrate(server.url);
  // The production queue policy: heartbeats every 5 s, a job silent for 10 s failed by the
  // supervisor and retried 5–10 s later.
  await installJobs(server.url);
  db = createPrismaClient(server.url);
  sink = await startSmtpSink();
  mailer = createMailer({
    SMTP_URL: sink.url,
    MAIL_FROM: "IPT referrals <referrals@example.org>",
    DATA_DIR: ".data/test",
    SMTP_TIMEOUT_SECONDS: 5,
    // Taking Postgres down happens before the 250; the client must wait for it.
    SMTP_REPLY_TIMEOUT_SECONDS: 60,
    SMTP_ALLOW_PLAINTEXT: true,
  });
}, 180_000);
afterAll(async () => {
  mailer?.close();
  await sink?.stop();
  await db?.$disconnect();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const startTheWorker = () =>
  startWorker(server.url, createWorkerHandlers(db, mailer, testWorkerSettings()), { pollingIntervalSeconds: 0.5 });

/**
 * pg-boss's supervisor, at the worst moment: the instant Postgres is back, before the job's next
 * heartbeat. (It looks at each queue once a minute, so in real life this happens by chance.) After a
 * long outage the job's heartbeat is stale, so it is failed as dead and retried 5–10 s later: by
 * then the first attempt must have written "sent", or the retry sends a (repeat).
 */
async function superviseNow(url: string) {
  const boss = testQueueClient(url);
  await boss.start();
  try {
    await boss
      .getDb()
      .executeSql(`UPDATE pgboss.queue SET monitor_claim_on = NULL, monitor_on = NULL WHERE name = ANY($1::text[])`, [
        [NOTIFY_QUEUE, ACKNOWLEDGE_QUEUE],
      ]);
    await boss.supervise();
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** The state of each of the referral's email jobs, from pg-boss's own table. */
const jobStates = async (referralId: string) =>
  (
    await db.$queryRawUnsafe<{ name: string; state: string }[]>(
      `SELECT name, state::text AS state FROM pgboss.job
        WHERE name IN ('referral-notification', 'referral-acknowledgement') AND singleton_key = $1
        ORDER BY name`,
      referralId,
    )
  ).map((j) => `${j.name}:${j.state}`);

describe.each<{ kind: OutageKind; downForMs: number }>([
  { kind: "stopped", downForMs: 2_000 },
  { kind: "crashed", downForMs: 2_000 },
  // Longer than the heartbeat allows (10 s): when Postgres is back the job's heartbeat is stale, the
  // supervisor fails it, and the other worker retries it 5–10 s later. Before "sent" was retried
  // every half second, the first attempt was still waiting out an 8 s pause then: a (repeat) went out.
  { kind: "crashed", downForMs: 15_000 },
])(
  "when Postgres is $kind right after the mail server took the team's email, for $downForMs ms",
  ({ kind, downForMs }) => {
    it("delivers exactly one copy of each email, none marked repeat, and keeps the referral and both sent marks", async () => {
      const lines: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array, ...rest) => {
        lines.push(String(chunk));
        return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
      });
      // Two workers, as in the documented scale-out: while one is still busy with the email, the other
      // is free to take a retry of the same job.
      const workers = [await startTheWorker(), await startTheWorker()];
      const deps = await testDeps(db, server.url);
      let down: Promise<void> | undefined;
      let tookMessageId = "";
      sink.beforeAnswer(async (mail) => {
        if (!mail.messageId?.startsWith("<referral-")) return;
        sink.beforeAnswer(null);
        tookMessageId = mail.messageId;
        down = takeDown(server, kind);
        await down;
      });
      try {
        const reference = await sendJourney(deps, "adult");
        await vi.waitFor(() => expect(down).toBeDefined(), { timeout: 60_000, interval: 50 });
        await down;
        const port = server.port;
        await new Promise((resolve) => setTimeout(resolve, downForMs));
        server = await startEmbeddedPostgres({ dataDir: dir, database: "ipt", port });
        const backAt = Date.now();
        await superviseNow(server.url);

        const referral = () => db.referral.findUniqueOrThrow({ where: { reference } });
        await expect.poll(async () => (await referral()).notifiedAt !== null, { timeout: 90_000 }).toBe(true);
        await expect.poll(async () => (await referral()).acknowledgedAt !== null, { timeout: 90_000 }).toBe(true);
        // Both jobs finished: nothing is left that could send again later.
        const { id } = await referral();
        await expect
          .poll(() => jobStates(id), { timeout: 90_000 })
          .toEqual(["referral-acknowledgement:completed", "referral-notification:completed"]);

        const [notifyJob] = await db.$queryRawUnsafe<{ retry_count: number }[]>(
          `SELECT retry_count FROM pgboss.job WHERE name = $1 AND singleton_key = $2`,
          NOTIFY_QUEUE,
          id,
        );
        console.log(
          `Postgres ${kind} for ${downForMs} ms: "sent" written ${(await referral()).notifiedAt!.getTime() - backAt} ms after it was back; the team email's job was retried ${notifyJob!.retry_count} time(s)`,
        );
        expect(tookMessageId).toBe(`<referral-${reference}@example.org>`);
        // The worker did meet the dead database when writing "sent" (the window this test is about).
        const retries = lines.filter((l) => l.includes('"event":"database.write-retry"'));
        expect(retries.length).toBeGreaterThanOrEqual(1);
        const copies = (id: string) => sink.messages.filter((m) => m.messageId === id);
        for (const messageId of [`<referral-${reference}@example.org>`, `<ack-${reference}@example.org>`]) {
          expect(
            copies(messageId).map((m) => m.subject?.startsWith("(repeat) ")),
            messageId,
          ).toEqual([false]);
        }
        expect(sink.abandoned).toEqual([]);
        // Nothing lost: one referral with its answers, its draft gone.
        expect(await db.referral.count({ where: { reference } })).toBe(1);
        expect((await referral()).answers).toMatchObject({ about: expect.any(Object) });
        expect(await db.referralDraft.count()).toBe(0);
      } finally {
        sink.beforeAnswer(null);
        spy.mockRestore();
        await Promise.all(workers.map((w) => w.stop()));
        await deps.boss.stop({ graceful: false });
      }
    }, 240_000);
  },
);
