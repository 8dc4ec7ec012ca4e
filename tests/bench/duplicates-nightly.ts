// `node --conditions=react-server --import tsx tests/bench/duplicates-nightly.ts [ROWS]`: the whole
// possible-duplicate backfill and the nightly check (lib/referrals/nightly-duplicate-check.ts) at
// scale, on a throwaway embedded Postgres seeded as the inbox benchmark seeds it (about 33
// referrals share each date of birth, so every batch has many candidates to compare).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { backfillPossibleDuplicates } from "../../lib/referrals/duplicate-backfill";
import { NIGHTLY_ARRIVALS_DAYS } from "../../lib/referrals/nightly-duplicate-check";
import { seedReferrals } from "./inbox-at-scale";

const rows = Number(process.argv[2] ?? 100_000);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-bench-"));
const server = await startEmbeddedPostgres({ dataDir, persistent: false });
try {
  await migrate(server.url);
  const db = createPrismaClient(server.url);
  console.log(`Seeding ${rows} referrals…`);
  await seedReferrals(db, rows);
  const lastWeek = new Date(Date.now() - NIGHTLY_ARRIVALS_DAYS * 86_400_000);
  const runs: [string, Date | undefined][] = [
    ["npm run duplicates:backfill (every referral)", undefined],
    ["nightly check (last week's arrivals)", lastWeek],
  ];
  for (const [run, arrivedSince] of runs) {
    const start = performance.now();
    const report = await backfillPossibleDuplicates(db, { arrivedSince });
    console.log(`  ${run.padEnd(40)} ${((performance.now() - start) / 1000).toFixed(1)} s  ${JSON.stringify(report)}`);
  }
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
