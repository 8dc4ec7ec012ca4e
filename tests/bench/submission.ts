// Section 2 of `npm run bench`: the real submission (HTTP POST of the "Check your answers"
// server-action form without JavaScript → zod → Prisma transaction with the queued
// notification → 303) against a bare node:http + zod + pg INSERT of the same row.
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { ACKNOWLEDGE_QUEUE, JOB_SCHEMA, NOTIFY_QUEUE } from "../../lib/jobs/queues";
import { startCeiling } from "./ceiling";
import { generateLoad, pinToServerCores, type LoadResult } from "./load";
import { cpuSeconds } from "./process-stats";
import { draftAnswers, seedDrafts } from "./seed-drafts";
import { pinDatabase, submitForm } from "./submit-form";
import type { RunningService } from "./service";

const CONNECTIONS = 50;
const JOURNEY = "adult";
// More drafts than the app can use in the run at any rate this machine reaches.
const DRAFTS_PER_SECOND = 600;

export interface SubmissionFigures {
  app: LoadResult & { cpuMsPerRequest: number };
  bare: LoadResult & { cpuMsPerRequest: number };
  ratio: number;
  /** Referrals the app saved, notification and acknowledgement jobs queued, drafts left behind. */
  rows: number;
  notifyJobs: number;
  acknowledgeJobs: number;
  draftsLeft: number;
  /** Drafts for the measured run; if the app used more requests than this, it ran out (reported). */
  draftsSeeded: number;
  bareRows: number;
}

export async function benchSubmission(service: RunningService, seconds: number): Promise<SubmissionFigures> {
  const db = createPrismaClient(service.databaseUrl);
  const drafts = await seedDrafts(db, service.databaseUrl, JOURNEY, DRAFTS_PER_SECOND * (seconds + 1) + 1);
  await db.$disconnect();
  const form = await submitForm(service, JOURNEY, drafts[0]!);
  const checked = await form.send(drafts[0]!, "10.255.255.254");
  if (checked.status !== 303 || !checked.reference)
    throw new Error(`the check page's form answered ${checked.status}, not a redirect with a reference`);

  // Each request is another person: their own draft cookie, idempotency key and address.
  const variants = drafts.slice(1).map((d, i) => ({
    token: d.token,
    key: d.idempotencyKey,
    ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
  }));
  const warmUpFile = path.join(os.tmpdir(), `ipt-bench-drafts-warm-${process.pid}.json`);
  const variantsFile = path.join(os.tmpdir(), `ipt-bench-drafts-${process.pid}.json`);
  await writeFile(warmUpFile, JSON.stringify(variants.slice(0, DRAFTS_PER_SECOND)));
  await writeFile(variantsFile, JSON.stringify(variants.slice(DRAFTS_PER_SECOND)));
  const stats = new pg.Client({ connectionString: service.databaseUrl });
  await stats.connect();
  try {
    await pinToServerCores(service.webPid);
    await pinDatabase(service.postgresPid);
    await generateLoad({ ...form.load, connections: CONNECTIONS, durationSeconds: 1, variantsFile: warmUpFile });
    await settle();
    const before = await counts(stats);
    const appCpu = await cpuSeconds(service.webPid);
    const app = await generateLoad({ ...form.load, connections: CONNECTIONS, durationSeconds: seconds, variantsFile });
    const appCpuMs = ((await cpuSeconds(service.webPid)) - appCpu) * 1000;
    await settle();
    const after = await counts(stats);

    const answers = await draftAnswers(service.databaseUrl, drafts.at(-1)!.token);
    const ceiling = await startCeiling("./bare-submit-server.ts", [service.databaseUrl, JOURNEY]);
    try {
      const bareLoad = {
        url: `${ceiling.url}/submit`,
        method: "POST" as const,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ idempotencyKey: "{{uuid}}", answers }),
        connections: CONNECTIONS,
      };
      await generateLoad({ ...bareLoad, durationSeconds: 1 }); // warm up
      await settle();
      const bareBefore = await counts(stats);
      const bareCpu = await cpuSeconds(ceiling.pid);
      const bare = await generateLoad({ ...bareLoad, durationSeconds: seconds });
      const bareCpuMs = ((await cpuSeconds(ceiling.pid)) - bareCpu) * 1000;
      await settle();
      const bareAfter = await counts(stats);
      return {
        app: { ...app, cpuMsPerRequest: appCpuMs / Math.max(1, app.requests) },
        bare: { ...bare, cpuMsPerRequest: bareCpuMs / Math.max(1, bare.requests) },
        ratio: app.requestsPerSecond / bare.requestsPerSecond,
        rows: after.referrals - before.referrals,
        notifyJobs: after.notify - before.notify,
        acknowledgeJobs: after.acknowledge - before.acknowledge,
        draftsLeft: after.drafts,
        draftsSeeded: variants.length - DRAFTS_PER_SECOND,
        bareRows: bareAfter.referrals - bareBefore.referrals,
      };
    } finally {
      await ceiling.stop();
    }
  } finally {
    await stats.end();
  }
}

async function counts(client: pg.Client) {
  const { rows } = await client.query<{ referrals: number; notify: number; acknowledge: number; drafts: number }>(
    `SELECT (SELECT count(*) FROM referral)::int AS referrals,
            (SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE name = $1)::int AS notify,
            (SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE name = $2)::int AS acknowledge,
            (SELECT count(*) FROM referral_draft)::int AS drafts`,
    [NOTIFY_QUEUE, ACKNOWLEDGE_QUEUE],
  );
  return rows[0]!;
}

/** Requests still in flight when a load stops finish on the server a moment later: wait before counting. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));
