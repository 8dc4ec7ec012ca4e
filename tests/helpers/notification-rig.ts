import { installJobs } from "../../lib/jobs/boss";
import { startWorker, type RunningWorker } from "../../lib/jobs/worker";
import { createWorkerHandlers, type WorkerSettings } from "../../lib/jobs/worker-handlers";
import { createMailer } from "../../lib/mail/transport";
import type { EmailSettings } from "../../lib/referrals/emails";
import { dutySettings } from "./escalation-rig";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { testDeps } from "./submit-journey";

export const emailSettings: EmailSettings = {
  to: "clinical-support@example.org",
  appUrl: "https://ipt.example.org",
  includeDetails: false,
  domain: "example.org",
};

/**
 * The worker's settings in tests: every job production runs (lib/jobs/worker-handlers.ts), with
 * test addresses and keys. A test changes a setting, never which handlers run.
 */
export function testWorkerSettings(change: Partial<WorkerSettings> = {}): WorkerSettings {
  return {
    email: emailSettings,
    notifyOverdueMinutes: 30,
    retention: { referralDays: 730, auditDays: 2190, mailFileDays: 14 },
    escalation: dutySettings,
    secureDomains: ["nhs.net"],
    secret: "worker-test-secret-0123456789abcdef0123",
    ...change,
  };
}

/** A test database with pg-boss installed (retries after ~1 s), an SMTP sink, and workers on demand. */
export async function startNotificationRig(
  options: {
    includeDetails?: boolean;
    retentionDays?: number;
    replyTimeoutSeconds?: number;
    /** The key the young person's and "come back later" links are made with. */
    secret?: string;
  } = {},
) {
  const database: TestDatabase = await createTestDatabase();
  await installJobs(database.url, { delaySeconds: 1, maxDelaySeconds: 2, limit: 50 });
  const sink: SmtpSink = await startSmtpSink();
  const deps = await testDeps(database.db(), database.url);
  const mailer = createMailer({
    SMTP_URL: sink.url,
    MAIL_FROM: "IPT referrals <referrals@example.org>",
    DATA_DIR: ".data/test",
    SMTP_TIMEOUT_SECONDS: 1,
    SMTP_REPLY_TIMEOUT_SECONDS: options.replyTimeoutSeconds ?? 1,
    SMTP_ALLOW_PLAINTEXT: true,
  });
  const workers: RunningWorker[] = [];
  const settings = testWorkerSettings({
    email: { ...emailSettings, includeDetails: options.includeDetails ?? false },
    retention: { referralDays: options.retentionDays ?? 730, auditDays: 2190, mailFileDays: 14 },
    ...(options.secret ? { secret: options.secret } : {}),
  });
  return {
    database,
    sink,
    deps,
    mailer,
    /** A worker polling every 0.5 s unless the test asks for another interval. */
    async startWorker(pollingIntervalSeconds = 0.5) {
      const handlers = createWorkerHandlers(database.db(), mailer, settings);
      const worker = await startWorker(database.url, handlers, { pollingIntervalSeconds });
      workers.push(worker);
      return worker;
    },
    async stop() {
      await Promise.all(workers.map((w) => w.stop()));
      mailer.close();
      await deps.boss.stop({ graceful: false });
      await sink.stop();
      await database.drop();
    },
  };
}

export type NotificationRig = Awaited<ReturnType<typeof startNotificationRig>>;
