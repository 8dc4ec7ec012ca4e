// `npm run bench:scale-out` (issue 14): two web servers and two workers, each a real process from
// the production build, on one Postgres, behind a stand-in load balancer (this script: it sends
// alternate requests to each and names the client in X-Forwarded-For, trusted one hop). N people
// send the "Check your answers" form at once, as browsers without JavaScript do; then it counts
// referrals saved, team emails delivered, and any referral emailed more than once.
// Prints one table row and exits 1 if any count is wrong. Not part of `npm test` (it builds).
import { execFileSync, spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { typeScriptArgs } from "../../lib/cli/children";
import { waitForHttp } from "../../lib/cli/wait-for-http";
import { createPrismaClient } from "../../lib/db/client";
import { freePort } from "../../lib/db/embedded";
import { startSmtpSink } from "../helpers/smtp-sink";
import { seedDrafts } from "./seed-drafts";
import { root, startService, type RunningService } from "./service";
import { submitForm } from "./submit-form";

const count = Number(/^--people=(\d+)$/.exec(process.argv.find((a) => a.startsWith("--people=")) ?? "")?.[1] ?? 50);
const shared = { SMTP_ALLOW_PLAINTEXT: "true", TRUSTED_PROXY_HOPS: "1", SUBMISSIONS_PER_HOUR: "10" };

if (!process.argv.includes("--no-build")) {
  console.log("Building the production app…");
  // eslint-disable-next-line no-restricted-properties -- benchmark harness
  execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "ignore", env: { ...process.env } });
}

/** A second `serve.ts` (web and worker) on the first one's Postgres, as a second host would run it. */
async function secondInstance(databaseUrl: string, env: Record<string, string>): Promise<RunningService> {
  const dataDir = path.join(root, ".data/bench-second");
  const port = await freePort();
  const child = spawn(process.execPath, typeScriptArgs("lib/cli/serve.ts"), {
    cwd: root,
    env: {
      // eslint-disable-next-line no-restricted-properties -- benchmark harness
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/api/health`, 120_000);
  return {
    baseUrl,
    databaseUrl,
    webPid: child.pid!,
    workerPid: undefined,
    postgresPid: 0,
    stop: async () => {
      child.kill("SIGINT");
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const sink = await startSmtpSink();
const first = await startService({ ...shared, SMTP_URL: sink.url });
const second = await secondInstance(first.databaseUrl, { ...shared, SMTP_URL: sink.url });
const db = createPrismaClient(first.databaseUrl);
let failed = false;
try {
  const drafts = await seedDrafts(db, first.databaseUrl, "adult", count);
  const fronts = [await submitForm(first, "adult", drafts[0]!), await submitForm(second, "adult", drafts[0]!)];
  const started = Date.now();
  // Each person from their own address: the per-address limit holds across both instances.
  const results = await Promise.all(drafts.map((draft, i) => fronts[i % 2]!.send(draft, `10.77.${i >> 8}.${i & 255}`)));
  const submittedSeconds = (Date.now() - started) / 1000;
  const references = results.map((r) => r.reference).filter((r): r is string => r !== null);

  const notificationsFor = () => sink.messages.filter((m) => m.messageId?.startsWith("<referral-")).length;
  const deadline = Date.now() + 120_000;
  while (notificationsFor() < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => setTimeout(r, 5_000)); // any duplicate would come within the workers' next polls
  const emailedSeconds = (Date.now() - started) / 1000 - 5;

  const perReference = new Map<string, number>();
  for (const message of sink.messages) {
    const reference = /^<referral-([A-Z0-9]{4}-[A-Z0-9]{4})@/.exec(message.messageId ?? "")?.[1];
    if (reference) perReference.set(reference, (perReference.get(reference) ?? 0) + 1);
  }
  const saved = await db.referral.count();
  const held = await db.heldSubmission.count();
  const duplicated = [...perReference.values()].filter((n) => n > 1).length;
  const row = {
    fault: "2 web + 2 workers, one Postgres",
    submitted: count,
    answered303: results.filter((r) => r.status === 303).length,
    saved,
    held,
    emailed: perReference.size,
    duplicated,
    submittedSeconds: Number(submittedSeconds.toFixed(1)),
    emailedSeconds: Number(emailedSeconds.toFixed(1)),
  };
  console.table([row]);
  failed =
    new Set(references).size !== count ||
    saved !== count ||
    held !== 0 ||
    perReference.size !== count ||
    duplicated > 0;
  if (failed) console.error("Scale-out check FAILED: every submission must be saved and emailed exactly once.");
} finally {
  await db.$disconnect();
  await second.stop();
  await first.stop();
  await sink.stop();
}
process.exit(failed ? 1 : 0);
