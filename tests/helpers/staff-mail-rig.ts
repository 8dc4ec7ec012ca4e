import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { startWorker } from "@/lib/jobs/worker";
import { createWorkerHandlers } from "@/lib/jobs/worker-handlers";
import { createMailer } from "@/lib/mail/transport";
import { testWorkerSettings } from "./notification-rig";
import { startSmtpSink } from "./smtp-sink";
import { setUpStaffDatabase } from "./staff-test-env";
import { testDeps } from "./submit-journey";

/**
 * For tests of what staff see of emails: the staff test database (the app's own getDb, so staff
 * actions work), pg-boss with `retry`, a real SMTP sink, and one worker with the real handlers.
 */
export async function startStaffMailRig(options: {
  secret: string;
  retry?: { delaySeconds: number; maxDelaySeconds: number; limit: number };
}) {
  const database = await setUpStaffDatabase();
  await installJobs(database.url, options.retry ?? { delaySeconds: 1, maxDelaySeconds: 2, limit: 50 });
  const sink = await startSmtpSink();
  const mailer = createMailer({
    SMTP_URL: sink.url,
    MAIL_FROM: "Forms <forms@example.org>",
    DATA_DIR: ".data/test",
    SMTP_TIMEOUT_SECONDS: 1,
    SMTP_REPLY_TIMEOUT_SECONDS: 2,
    SMTP_ALLOW_PLAINTEXT: true,
  });
  const worker = await startWorker(
    database.url,
    createWorkerHandlers(getDb(), mailer, testWorkerSettings({ secret: options.secret })),
    { pollingIntervalSeconds: 0.5 },
  );
  const deps = await testDeps(getDb(), database.url);
  return {
    database,
    sink,
    deps,
    async stop() {
      await worker.stop();
      await deps.boss.stop({ graceful: false });
      mailer.close();
      await sink.stop();
      await database.drop();
    },
  };
}

export type StaffMailRig = Awaited<ReturnType<typeof startStaffMailRig>>;
