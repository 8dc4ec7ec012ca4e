import { installJobs } from "../../lib/jobs/boss";
import { startWorker, type RunningWorker } from "../../lib/jobs/worker";
import { createMailer } from "../../lib/mail/transport";
import { notificationHandlers } from "../../lib/referrals/notifications";
import { retentionHandler } from "../../lib/retention/apply";
import type { EmailSettings } from "../../lib/referrals/emails";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { testDeps } from "./submit-journey";

export const emailSettings: EmailSettings = {
  to: "clinical-support@example.org",
  appUrl: "https://ipt.example.org",
  includeDetails: false,
  domain: "example.org",
};

/** A test database with pg-boss installed (retries after ~1 s), an SMTP sink, and workers on demand. */
export async function startNotificationRig(
  options: { includeDetails?: boolean; retentionDays?: number; replyTimeoutSeconds?: number } = {},
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
  const settings = { ...emailSettings, includeDetails: options.includeDetails ?? false };
  return {
    database,
    sink,
    deps,
    async startWorker() {
      const handlers = {
        ...notificationHandlers(database.db(), mailer, settings, 30),
        retention: retentionHandler(database.db(), {
          referralDays: options.retentionDays ?? 730,
          auditDays: 2190,
          mailFileDays: 14,
        }),
      };
      const worker = await startWorker(database.url, handlers, { pollingIntervalSeconds: 0.5 });
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
