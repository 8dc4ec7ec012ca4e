import type { Database } from "@/lib/db";

/** How many pg-boss jobs of `queue` are about one referral, in any state. */
export async function jobsForReferral(db: Database, queue: string, referralId: string): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'referralId' = $2`,
    queue,
    referralId,
  );
  return row!.n;
}
