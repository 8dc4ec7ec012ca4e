// `npm run bench:inbox`: the inbox's server time with 100,000 referrals, on a real (embedded)
// Postgres migrated like production. Prints p50/p95 per query; not part of `npm test`.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { StaffContext } from "../../lib/auth/guard";
import { createPrismaClient } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { parseInboxFilter } from "../../lib/triage/filters";
import { listInbox } from "../../lib/triage/inbox";

const ROWS = Number(process.argv[2] ?? 100_000); // how many referrals to seed
const RUNS = 60;

const dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-bench-"));
const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
try {
  await migrate(pg.url);
  const db = createPrismaClient(pg.url);
  console.log(`Seeding ${ROWS} referrals…`);
  await db.$executeRawUnsafe(`
    INSERT INTO staff_user (id, name, email, role, updated_at) VALUES ('bench-staff', 'Bench', 'bench@example.nhs.uk', 'TRIAGER', now());
    `);
  await db.$executeRawUnsafe(`
    INSERT INTO referral (id, reference, journey, programme, urgent, status, assignee_id, given_name, family_name, date_of_birth,
                          nhs_number, email, answers, idempotency_key, created_at, updated_at)
    SELECT gen_random_uuid(), 'R' || lpad(i::text, 7, '0'),
           (ARRAY['YOUNG_PERSON_SELF','ADULT_SELF','PARENT_CARER','PROFESSIONAL','GENERAL_QUESTION','TRAINING_ENQUIRY'])[1 + i % 6]::"Journey",
           (ARRAY['fb-ipt','ipt-a','ipt-ast','adult-ipt'])[1 + i % 4],
           i % 50 = 0,
           (ARRAY['NEW','IN_REVIEW','ACCEPTED','SIGNPOSTED','DECLINED','WITHDRAWN','CLOSED'])[1 + i % 7]::"ReferralStatus",
           CASE WHEN i % 3 = 0 THEN 'bench-staff' END,
           'Given' || (i % 997), 'Family' || (i % 4999), date '2010-01-01' + (i % 3000),
           lpad((1000000000 + i)::text, 10, '0'), 'person' || i || '@example.com',
           jsonb_build_object('whatIsHappening', repeat('Low mood and withdrawn. ', 20), 'riskToSelf', 'None known'),
           md5(i::text), now() - (i % 400) * interval '1 day' - (i % 1440) * interval '1 minute', now()
    FROM generate_series(1, ${ROWS}) AS i`);
  // As autovacuum leaves a settled table: statistics and the visibility map (index-only scans).
  await db.$executeRawUnsafe("VACUUM ANALYZE referral");

  const context = { staff: { id: "bench-staff", name: "Bench", email: "bench@example.nhs.uk", role: "TRIAGER", sessionId: "x", pendingStep: null }, ip: null, headers: new Headers() } as StaffContext;
  const first = await listInbox(db, context, parseInboxFilter({}).filter);
  const cases: [string, Record<string, string>][] = [
    ["first page (waiting, urgent first)", {}],
    ["second page (keyset cursor)", { after: first.next! }],
    ["all statuses", { status: "all" }],
    ["search by family name", { q: "family1234", status: "all" }],
    ["search by full name", { q: "Given12 Family1234", status: "all" }],
    ["search by NHS number", { q: "1000054321", status: "all" }],
    ["search by email", { q: "person54321@example.com", status: "all" }],
    ["search by reference", { q: "R0054321", status: "all" }],
    ["assigned to me, urgent", { assignee: "me", urgent: "yes" }],
    ["journey + programme + date range", { journey: "PROFESSIONAL", programme: "adult-ipt", from: "2026-01-01", to: "2026-06-30", status: "all" }],
  ];
  console.log(`\nInbox server time with ${ROWS} referrals, ${RUNS} runs each (ms):`);
  for (const [name, params] of cases) {
    const filter = parseInboxFilter(params).filter;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await listInbox(db, context, filter);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`  ${name.padEnd(38)} p50 ${at(0.5).padStart(6)}   p95 ${at(0.95).padStart(6)}`);
  }
  await db.$disconnect();
} finally {
  await pg.stop();
  await rm(dataDir, { recursive: true, force: true });
}
