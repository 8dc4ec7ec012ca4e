import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeScriptArgs } from "@/lib/cli/children";
import { installJobs } from "../../lib/jobs/boss";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { sendJourney, testDeps } from "../helpers/submit-journey";

// The production queue policy (heartbeats, retry delays) and the real `npm run worker` process.
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

function worker(): { child: ChildProcessWithoutNullStreams; exited: Promise<unknown> } {
  const env = {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    SMTP_ALLOW_PLAINTEXT: "true",
    CLINICAL_SUPPORT_EMAIL: "csso@example.org",
    APP_URL: "https://ipt.example.org",
  };
  const child = spawn(process.execPath, typeScriptArgs("lib/cli/worker.ts"), { env: { ...clean, ...env } });
  child.stdout.resume();
  child.stderr.resume();
  return { child, exited: new Promise((resolve) => child.on("exit", resolve)) };
}

describe("a worker killed after the mail server accepted the message", () => {
  it("yields at most one repeat per email, marked (repeat) with the same Message-ID, picked up by another worker within about 30 s", async () => {
    const first = worker();
    let killedAt = 0;
    let frozenId = "";
    // Freeze the worker the moment its message has arrived, answer 250, then SIGKILL it: the server
    // has the message and the worker never learns it (the review's experiment c2).
    sink.beforeAnswer(async (mail) => {
      sink.beforeAnswer(null);
      frozenId = mail.messageId!;
      first.child.kill("SIGSTOP");
      setTimeout(() => {
        first.child.kill("SIGKILL");
        killedAt = Date.now();
      }, 300);
    });
    const deps = await testDeps(database.db(), database.url);
    const reference = await sendJourney(deps, "adult");
    await first.exited;
    const second = worker();
    try {
      // Both emails arrive in the end (notification and acknowledgement).
      const ids = [`<referral-${reference}@example.org>`, `<ack-${reference}@example.org>`];
      await expect
        .poll(
          async () => (await database.db().referral.findUniqueOrThrow({ where: { reference } })).notifiedAt !== null,
          { timeout: 90_000 },
        )
        .toBe(true);
      await expect
        .poll(
          async () =>
            (await database.db().referral.findUniqueOrThrow({ where: { reference } })).acknowledgedAt !== null,
          { timeout: 90_000 },
        )
        .toBe(true);
      const pickedUpAfterMs = Date.now() - killedAt;
      const copies = (id: string) => sink.messages.filter((m) => m.messageId === id);
      const all = ids.flatMap(copies);
      // At most two copies of each, and never two that look the same: any extra one says "(repeat)".
      // (An email whose attempt had started but not reached the server may arrive only as a repeat:
      // the worker cannot know, so it says so.)
      for (const id of ids) {
        const found = copies(id);
        expect(found.length, id).toBeGreaterThanOrEqual(1);
        expect(found.length, id).toBeLessThanOrEqual(2);
        expect(found.filter((m) => !m.subject?.startsWith("(repeat) ")).length, id).toBeLessThanOrEqual(1);
      }
      // The frozen email, which the server had accepted: exactly one original and one marked repeat.
      expect(ids).toContain(frozenId);
      expect(
        copies(frozenId)
          .map((m) => m.subject?.startsWith("(repeat) "))
          .sort(),
      ).toEqual([false, true]);
      console.log(
        `worker SIGKILL → repeat delivered after ${Math.round(pickedUpAfterMs / 1000)} s; copies: ${all.map((m) => m.subject).join(" | ")}`,
      );
      expect(pickedUpAfterMs).toBeLessThan(45_000);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
      await deps.boss.stop({ graceful: false });
    }
  }, 120_000);
});
