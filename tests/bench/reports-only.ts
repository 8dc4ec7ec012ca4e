// `node --conditions=react-server --import tsx tests/bench/reports-only.ts [ROWS]`: the service
// report's query and computation at scale, on a throwaway embedded Postgres seeded as the inbox
// benchmark seeds it, plus a status change for most referrals and a note for some.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { getService } from "../../lib/config/service";
import { londonParts } from "../../lib/calendar";
import { buildReport } from "../../lib/reports/build";
import { reportRows } from "../../lib/reports/query";
import { scopeFor } from "../../lib/reports/scope";
import { addDays } from "../../lib/reports/weeks";
import { seedReferrals } from "./inbox-at-scale";

const rows = Number(process.argv[2] ?? 100_000);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-bench-"));
const server = await startEmbeddedPostgres({ dataDir, persistent: false });
try {
  await migrate(server.url);
  const db = createPrismaClient(server.url);
  console.log(`Seeding ${rows} referrals with staff actions…`);
  await seedReferrals(db, rows);
  await db.$executeRawUnsafe(`
    INSERT INTO status_change (id, referral_id, "from", "to", author_id, created_at)
    SELECT gen_random_uuid(), id, 'NEW', status, 'bench', created_at + interval '2 days'
    FROM referral WHERE status <> 'NEW'`);
  await db.$executeRawUnsafe(`
    INSERT INTO note (id, referral_id, body, author_id, created_at)
    SELECT gen_random_uuid(), id, 'Phoned', 'bench', created_at + interval '1 day'
    FROM referral WHERE reference LIKE '%3'`);
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const service = getService();
  const today = londonParts(new Date()).isoDate;
  for (const [name, from] of [
    ["12 weeks", addDays(today, -83)],
    ["1 year", addDays(today, -364)],
    ["2 years", addDays(today, -729)],
  ] as const) {
    const times: number[] = [];
    const queryTimes: number[] = [];
    let count = 0;
    for (let run = 0; run < 10; run++) {
      const started = performance.now();
      const found = await reportRows(db, from, today);
      queryTimes.push(performance.now() - started);
      buildReport(
        found,
        scopeFor(from, today, {
          programmes: service.programmes,
          standardWorkingDays: service.responseWorkingDays,
          hours: service.officeHours,
          now: new Date(),
        }),
      );
      times.push(performance.now() - started);
      count = found.length;
    }
    times.sort((a, b) => a - b);
    queryTimes.sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(9)} ${String(count).padStart(6)} referrals  p50 ${times[4]!.toFixed(0).padStart(5)} ms` +
        ` (query ${queryTimes[4]!.toFixed(0)} ms)  max ${times[9]!.toFixed(0).padStart(5)} ms`,
    );
  }
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
