// Section 4 of `npm run bench`: the inbox's server time with 100,000 referrals, and proof that
// its queries use indexes. `npm run bench:inbox` runs this section alone on its own database.
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { StaffContext } from "../../lib/auth/guard";
import type { Database } from "../../lib/db/client";
import { parseInboxFilter } from "../../lib/triage/filters";
import { listInbox } from "../../lib/triage/inbox";
import { viewReferral } from "../../lib/triage/referral";

export interface InboxTiming {
  name: string;
  p50: number;
  p95: number;
  /** Sequential scans of the referral table while this query ran once: 0 means indexes only. */
  sequentialScans: number;
}

const STAFF_ID = "bench-staff";

/** The seeded staff member, as a signed-in triager. */
export const benchContext = {
  staff: {
    id: STAFF_ID,
    name: "Bench",
    email: "bench@example.nhs.uk",
    role: "TRIAGER",
    sessionId: "bench",
    pendingStep: null,
  },
  ip: null,
  headers: new Headers(),
} as StaffContext;

export async function seedReferrals(db: Database, rows: number): Promise<void> {
  await db.$executeRawUnsafe(`
    INSERT INTO staff_user (id, name, email, role, updated_at) VALUES ('${STAFF_ID}', 'Bench', 'bench@example.nhs.uk', 'TRIAGER', now())
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`
    INSERT INTO referral (id, reference, journey, programme, urgent, status, assignee_id, given_name, family_name, date_of_birth,
                          nhs_number, email, answers, idempotency_key, created_at, updated_at)
    SELECT gen_random_uuid(), 'R' || lpad(i::text, 7, '0'),
           (ARRAY['YOUNG_PERSON_SELF','ADULT_SELF','PARENT_CARER','PROFESSIONAL','GENERAL_QUESTION','TRAINING_ENQUIRY'])[1 + i % 6]::"Journey",
           (ARRAY['fb-ipt','ipt-a','ipt-ast','adult-ipt'])[1 + i % 4],
           i % 50 = 0,
           (ARRAY['NEW','IN_REVIEW','ACCEPTED','SIGNPOSTED','DECLINED','WITHDRAWN','CLOSED'])[1 + i % 7]::"ReferralStatus",
           CASE WHEN i % 3 = 0 THEN '${STAFF_ID}' END,
           'Given' || (i % 997), 'Family' || (i % 4999), date '2010-01-01' + (i % 3000),
           lpad((1000000000 + i)::text, 10, '0'), 'person' || i || '@example.com',
           jsonb_build_object('whatIsHappening', repeat('Low mood and withdrawn. ', 20), 'riskToSelf', 'None known'),
           'bench-' || md5(i::text), now() - (i % 400) * interval '1 day' - (i % 1440) * interval '1 minute', now()
    FROM generate_series(1, ${rows}) AS i`);
  // As autovacuum leaves a settled table: statistics and the visibility map (index-only scans).
  await db.$executeRawUnsafe("VACUUM ANALYZE referral");
}

/** Times each inbox query `runs` times (p50/p95, ms) and counts its sequential scans of referral. */
export async function benchInbox(db: Database, databaseUrl: string, runs = 60): Promise<InboxTiming[]> {
  const context = benchContext;
  const first = await listInbox(db, context, parseInboxFilter({}).filter);
  const someId = first.rows[0]?.id;
  const cases: [string, () => Promise<unknown>][] = [
    ...(
      [
        ["first inbox page (waiting, urgent first)", {}],
        ["second page (keyset cursor)", { after: first.next! }],
        ["enquiries tab (its own queue)", { queue: "enquiries" }],
        ["search by family name", { q: "family1234", status: "all" }],
        ["search by NHS number", { q: "1000054321", status: "all" }],
        ["search by email", { q: "person54321@example.com", status: "all" }],
        ["search by reference", { q: "R0054321", status: "all" }],
        [
          "filtered: journey + programme + dates",
          { journey: "PROFESSIONAL", programme: "adult-ipt", from: "2026-01-01", to: "2026-06-30", status: "all" },
        ],
      ] as [string, Record<string, string>][]
    ).map(([name, params]): [string, () => Promise<unknown>] => [
      name,
      () => listInbox(db, context, parseInboxFilter(params).filter),
    ]),
    ["referral page", () => viewReferral(db, context, someId!)],
  ];
  return timeCases(databaseUrl, cases, runs);
}

/**
 * The first page as a real service's table looks: nearly every referral finished, the waiting ones
 * all recent (the seed's statuses are spread evenly over 400 days, which flatters an index walked
 * from the oldest). Changes the seeded statuses, so run it last.
 */
export async function benchInboxMostlyFinished(db: Database, databaseUrl: string, runs = 60): Promise<InboxTiming[]> {
  await db.$executeRawUnsafe(`
    UPDATE referral SET status = CASE WHEN created_at > now() - interval '30 days'
      THEN (ARRAY['NEW','IN_REVIEW'])[1 + (hashtext(id::text) & 1)]::"ReferralStatus" ELSE 'CLOSED'::"ReferralStatus" END`);
  await db.$executeRawUnsafe("VACUUM ANALYZE referral");
  return timeCases(
    databaseUrl,
    [["first page, open ones all in the last 30 days", () => listInbox(db, benchContext, parseInboxFilter({}).filter)]],
    runs,
  );
}

async function timeCases(
  databaseUrl: string,
  cases: [string, () => Promise<unknown>][],
  runs: number,
): Promise<InboxTiming[]> {
  const stats = new pg.Client({ connectionString: databaseUrl });
  await stats.connect();
  try {
    const timings: InboxTiming[] = [];
    for (const [name, run] of cases) {
      const sequentialScans = await countSequentialScans(stats, run);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1));
      timings.push({ name, p50: at(0.5), p95: at(0.95), sequentialScans });
    }
    return timings;
  } finally {
    await stats.end();
  }
}

// Postgres counts each table's sequential scans; statistics reach the view within about a second.
async function countSequentialScans(stats: pg.Client, run: () => Promise<unknown>): Promise<number> {
  const read = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const { rows } = await stats.query<{ seq_scan: string }>(
      `SELECT seq_scan FROM pg_stat_user_tables WHERE relname = 'referral'`,
    );
    return Number(rows[0]?.seq_scan ?? 0);
  };
  const before = await read();
  await run();
  return (await read()) - before;
}
