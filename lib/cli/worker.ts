// `npm run worker`: sends referral notifications and acknowledgements, retrying until delivered,
// applies the retention schedule (lib/retention/schedule.ts) each night, and alerts the duty address
// about urgent referrals not opened (lib/escalation) with a daily digest.
// `npm start` runs it beside the web server; run more than one anywhere, each job is sent once.
import { hostname } from "node:os";
import { getEnv, type Env } from "@/lib/config";
import { getDb } from "@/lib/db";
import { startWorker } from "@/lib/jobs";
import { startHeartbeat } from "@/lib/jobs/heartbeat";
import { log } from "@/lib/log";
import { createMailer, mailFolder, purgeMailFiles } from "@/lib/mail";
import { retentionOptionsFrom } from "@/lib/retention/periods";
import { getAuthSecret } from "@/lib/auth/secret";
import { digestCron, escalationSettings } from "@/lib/escalation";
import { createWorkerHandlers, type WorkerSettings } from "@/lib/jobs/worker-handlers";
import { CliError, runCli } from "./run-cli";
import { mailSettings } from "./mail-settings";

runCli(async () => {
  const env = getEnv();
  if (!env.DATABASE_URL)
    throw new CliError(
      "npm run worker needs DATABASE_URL (npm start runs a worker for you with the embedded database).",
    );
  const mailer = createMailer(env);
  const worker = await startWorker(env.DATABASE_URL, createWorkerHandlers(getDb(), mailer, workerSettingsFrom(env)), {
    digestCron: digestCron(env.DIGEST_TIME),
  });
  const stopHeartbeat = startHeartbeat(getDb(), `${hostname()}:${process.pid}`.slice(0, 64));
  // Local .eml files hold referral details; they are not kept longer than MAIL_FILE_RETENTION_DAYS.
  const purge = () =>
    void purgeMailFiles(mailFolder(env), env.MAIL_FILE_RETENTION_DAYS).then(
      (removed) => removed && log.info({ event: "mail-files.purged", removed }),
    );
  if (!env.SMTP_URL) {
    purge();
    setInterval(purge, 60 * 60 * 1000).unref();
  }
  log.info({ event: "worker.started", pid: process.pid, mail: mailer.describe() === "smtp" ? "smtp" : "files" });
  const stop = async () => {
    await worker.stop();
    await stopHeartbeat();
    mailer.close();
    await getDb().$disconnect();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
});

/** The worker's settings, from the environment. */
function workerSettingsFrom(env: Env): WorkerSettings {
  return {
    email: mailSettings(env),
    notifyOverdueMinutes: env.NOTIFY_OVERDUE_MINUTES,
    retention: retentionOptionsFrom(env),
    escalation: escalationSettings(env),
    secureDomains: env.MAIL_SECURE_DOMAINS,
    secret: getAuthSecret(),
  };
}
