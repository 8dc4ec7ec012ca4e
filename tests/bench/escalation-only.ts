// `npm run bench:escalation [ROWS]`: the escalation banner (on every dashboard page) and the duty
// alert's query, at scale, on a throwaway embedded Postgres seeded as the inbox benchmark seeds it.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { escalationBanner } from "../../lib/escalation/banner";
import { runEscalation } from "../../lib/escalation/alert";
import type { Mailer } from "../../lib/mail/transport";
import { seedReferrals } from "./inbox-at-scale";

const rows = Number(process.argv[2] ?? 100_000);
const runs = 40;

async function time(name: string, work: () => Promise<unknown>) {
  await work(); // warm up
  const took: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    took.push(performance.now() - start);
  }
  took.sort((a, b) => a - b);
  const at = (q: number) => took[Math.min(took.length - 1, Math.ceil(q * took.length) - 1)]!.toFixed(1);
  console.log(`  ${name.padEnd(40)} p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms`);
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-bench-"));
const server = await startEmbeddedPostgres({ dataDir, persistent: false });
try {
  await migrate(server.url);
  const db = createPrismaClient(server.url);
  console.log(`Seeding ${rows} referrals…`);
  await seedReferrals(db, rows);
  const banner = await escalationBanner(db, new Date(), 120);
  console.log(`  banner: ${banner.urgentUnopened.count} urgent unopened, ${banner.overdue.count} overdue`);
  await time("escalation banner (every dashboard page)", () => escalationBanner(db, new Date(), 120));
  // The whole job except SMTP: repeatMinutes 0 makes every run send (to nowhere) and mark.
  const nowhere: Mailer = { send: async () => undefined, close: () => undefined, describe: () => "bench" };
  const settings = { to: "duty@example.org", appUrl: "http://localhost", domain: "example.org" };
  await time("duty alert job (every 5 minutes)", () =>
    runEscalation(db, nowhere, { ...settings, urgentAfterWorkingMinutes: 120, repeatMinutes: 0 }, new Date()),
  );
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
