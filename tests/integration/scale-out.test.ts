import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeScriptArgs } from "@/lib/cli/children";
import { createPrismaClient } from "@/lib/db";
import { installJobs } from "../../lib/jobs/boss";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { sendJourney, testDeps } from "../helpers/submit-journey";

// Two submission front ends (each its own Prisma pool, pg-boss client and limiter, as two web
// instances have) and two real `npm run worker` processes on one Postgres, production queue policy.
const SUBMISSIONS = 50;

let database: TestDatabase;
let sink: SmtpSink;
beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
  await database.drop();
});

const clean: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production" }; // eslint-disable-line no-restricted-properties -- a clean child environment

function worker(): { child: ChildProcessWithoutNullStreams; exited: Promise<unknown>; sent: () => number } {
  const env = {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    SMTP_ALLOW_PLAINTEXT: "true",
    CLINICAL_SUPPORT_EMAIL: "csso@example.org",
    APP_URL: "https://ipt.example.org",
  };
  const child = spawn(process.execPath, typeScriptArgs("lib/cli/worker.ts"), { env: { ...clean, ...env } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.resume();
  return {
    child,
    exited: new Promise((resolve) => child.on("exit", resolve)),
    sent: () => output.split("\n").filter((l) => l.includes('"outcome":"sent"')).length,
  };
}

describe("two front ends and two workers on one Postgres", () => {
  it(`stores each of ${SUBMISSIONS} concurrent submissions once and sends each email once`, async () => {
    const second = createPrismaClient(database.url);
    const fronts = [await testDeps(database.db(), database.url), await testDeps(second, database.url)];
    const workers = [worker(), worker()];
    try {
      const started = Date.now();
      const references = await Promise.all(
        Array.from({ length: SUBMISSIONS }, (_, i) => sendJourney(fronts[i % 2]!, "adult")),
      );
      const submittedMs = Date.now() - started;
      expect(new Set(references).size).toBe(SUBMISSIONS);
      expect(await database.db().referral.count()).toBe(SUBMISSIONS);
      const allSent = async () =>
        database.db().referral.count({
          where: { reference: { in: references }, notifiedAt: { not: null }, acknowledgedAt: { not: null } },
        });
      await expect.poll(allSent, { timeout: 120_000, interval: 500 }).toBe(SUBMISSIONS);
      const deliveredMs = Date.now() - started;
      for (const reference of references) {
        expect(
          sink.messages.filter((m) => m.messageId === `<referral-${reference}@example.org>`),
          reference,
        ).toHaveLength(1);
        expect(
          sink.messages.filter((m) => m.messageId === `<ack-${reference}@example.org>`),
          reference,
        ).toHaveLength(1);
      }
      expect(sink.messages.filter((m) => m.subject?.startsWith("(repeat) "))).toHaveLength(0);
      const split = workers.map((w) => w.sent());
      expect(split[0]! + split[1]!).toBe(SUBMISSIONS * 2);
      console.log(
        `scale-out: ${SUBMISSIONS} submissions → ${SUBMISSIONS} referrals, ${sink.messages.length} emails, 0 duplicates; saved in ${submittedMs} ms, all sent in ${deliveredMs} ms; workers sent ${split.join(" / ")}`,
      );
    } finally {
      for (const w of workers) w.child.kill("SIGTERM");
      await Promise.all(workers.map((w) => w.exited));
      await Promise.all(fronts.map((f) => f.boss.stop({ graceful: false })));
      await second.$disconnect();
    }
  }, 180_000);
});
