// `npm run worker`: sends referral notifications and acknowledgements, retrying until delivered,
// and anonymises closed referrals older than RETENTION_DAYS each night.
// `npm start` runs it beside the web server; run more than one anywhere, each job is sent once.
import { getEnv } from "@/lib/config";
import { getDb } from "@/lib/db";
import { startWorker } from "@/lib/jobs";
import { createMailer } from "@/lib/mail";
import { notificationHandlers } from "@/lib/referrals";
import { retentionHandler } from "@/lib/triage/retention";
import { CliError, runCli } from "./run-cli";
import { mailSettings } from "./mail-settings";

runCli(async () => {
  const env = getEnv();
  if (!env.DATABASE_URL) throw new CliError("npm run worker needs DATABASE_URL (npm start runs a worker for you with the embedded database).");
  const mailer = createMailer(env);
  const worker = await startWorker(env.DATABASE_URL, {
    ...notificationHandlers(getDb(), mailer, mailSettings(env), env.NOTIFY_OVERDUE_MINUTES),
    retention: retentionHandler(getDb(), env.RETENTION_DAYS),
  });
  console.log(`[worker] Sending notifications to ${env.CLINICAL_SUPPORT_EMAIL} by ${mailer.describe() === "smtp" ? "SMTP" : `.eml files in ${mailer.describe()}`}`);
  const stop = async () => {
    await worker.stop();
    mailer.close();
    await getDb().$disconnect();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
});
