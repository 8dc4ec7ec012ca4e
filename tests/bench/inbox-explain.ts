// `npm run bench:inbox:explain [ROWS]`: every SQL statement the inbox's first page runs, with
// EXPLAIN (ANALYZE, BUFFERS), on a throwaway embedded Postgres seeded as `npm run bench:inbox` seeds
// it. For finding where the time goes when the benchmark misses its target.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { PrismaClient } from "../../lib/db/generated/client";
import { migrate } from "../../lib/db/migrate";
import { parseInboxFilter } from "../../lib/triage/filters";
import { listInbox } from "../../lib/triage/inbox";
import { benchContext, seedReferrals } from "./inbox-at-scale";

const rows = Number(process.argv[2] ?? 100_000);
const params = Object.fromEntries(new URLSearchParams(process.argv[3] ?? "")) as Record<string, string>;
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-bench-"));
const server = await startEmbeddedPostgres({ dataDir, persistent: false });
try {
  await migrate(server.url);
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: server.url }),
    log: [{ emit: "event", level: "query" }],
  });
  const seen: { query: string; params: unknown[]; ms: number }[] = [];
  let capturing = false;
  db.$on("query", (event) => {
    if (capturing) seen.push({ query: event.query, params: JSON.parse(event.params) as unknown[], ms: event.duration });
  });
  console.log(`Seeding ${rows} referrals…`);
  await seedReferrals(db, rows);
  await listInbox(db, benchContext, parseInboxFilter(params).filter); // warm up
  capturing = true;
  const start = performance.now();
  await listInbox(db, benchContext, parseInboxFilter(params).filter);
  const total = performance.now() - start;
  capturing = false;
  const inQueries = seen.reduce((sum, q) => sum + q.ms, 0);
  console.log(
    `listInbox took ${total.toFixed(1)} ms: ${inQueries.toFixed(1)} ms in ${seen.length} statements as Prisma timed them`,
  );
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    for (const { query, params: values, ms } of seen) {
      console.log(`\n-- ${ms} ms as run by Prisma\n${query}\n-- params ${JSON.stringify(values)}`);
      if (!/^\s*(SELECT|WITH)/i.test(query)) continue;
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, values);
      console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
    }
  } finally {
    await client.end();
  }
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
