import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeScriptArgs } from "@/lib/cli/children";
import { installJobs } from "../../lib/jobs/boss";
import { RETENTION_QUEUE } from "../../lib/jobs/queues";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { sendJourney, testDeps } from "../helpers/submit-journey";

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

function worker(env: Record<string, string>): {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  output: () => string;
} {
  const child = spawn(process.execPath, typeScriptArgs("lib/cli/worker.ts"), { env: { ...clean, ...env } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  return { child, exited: new Promise((resolve) => child.on("exit", resolve)), output: () => output };
}

describe("npm run worker", () => {
  it("sends the notification for a referral, schedules the nightly retention job, and stops cleanly when asked", async () => {
    const running = worker({
      DATABASE_URL: database.url,
      SMTP_URL: sink.url,
      SMTP_ALLOW_PLAINTEXT: "true",
      CLINICAL_SUPPORT_EMAIL: "csso@example.org",
      APP_URL: "https://ipt.example.org",
    });
    const deps = await testDeps(database.db(), database.url);
    const reference = await sendJourney(deps, "adult");
    await expect
      .poll(() => sink.messages.filter((m) => m.subject === `New referral ${reference}`).length, { timeout: 60_000 })
      .toBe(1);
    expect(sink.messages.find((m) => m.subject === `New referral ${reference}`)!.text).toContain(
      "https://ipt.example.org/admin/referrals/",
    );
    expect(await deps.boss.getSchedules(RETENTION_QUEUE)).toEqual([
      expect.objectContaining({ cron: "30 2 * * *", timezone: "Europe/London" }),
    ]);
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(running.output()).toMatch(new RegExp(`"kind":"notification","reference":"${reference}".*"outcome":"sent"`));
    await deps.boss.stop({ graceful: false });
  });

  it("explains that it needs DATABASE_URL when run alone without one", async () => {
    const running = worker({});
    expect(await running.exited).toBe(1);
    expect(running.output().trim()).toBe(
      "npm run worker needs DATABASE_URL (npm start runs a worker for you with the embedded database).",
    );
  });
});
