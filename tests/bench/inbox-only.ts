// `npm run bench:inbox [ROWS]`: section 4 of the benchmark alone, on a throwaway embedded Postgres.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { benchInbox, benchInboxMostlyFinished, seedReferrals } from "./inbox-at-scale";

const rows = Number(process.argv[2] ?? 100_000);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-bench-"));
const server = await startEmbeddedPostgres({ dataDir, persistent: false });
try {
  await migrate(server.url);
  const db = createPrismaClient(server.url);
  console.log(`Seeding ${rows} referrals…`);
  await seedReferrals(db, rows);
  const load = () =>
    `load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`;
  console.log(`Before: ${load()}`);
  for (const t of [...(await benchInbox(db, server.url)), ...(await benchInboxMostlyFinished(db, server.url))]) {
    console.log(
      `  ${t.name.padEnd(42)} p50 ${String(t.p50).padStart(6)} ms  p95 ${String(t.p95).padStart(6)} ms  seq scans ${t.sequentialScans}`,
    );
  }
  console.log(`After: ${load()}`);
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
