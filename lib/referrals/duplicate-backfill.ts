import type { Database } from "@/lib/db";
import {
  duplicateRule,
  LOOK_BACK_DAYS,
  MATCHABLE_SELECT,
  type DuplicateRule,
  type MatchableReferral,
} from "./possible-duplicates";

// Referrals that arrived before duplicate detection (H07) were never compared. This walks every
// referral once, oldest first, and records each match with an older one from the year before,
// exactly as a new arrival would (the same rules, the same look-back). Matches already recorded,
// either way round, are left alone: a match staff dismissed or linked keeps their decision.

const DAY_MS = 86_400_000;

export interface BackfillReport {
  /** Referrals compared (not anonymised, with an NHS number or a date of birth). */
  checked: number;
  /** New possible duplicates recorded. */
  recorded: number;
}

/** Older means earlier, or at the same instant with the lower id, so each pair is looked at once. */
const isOlder = (a: MatchableReferral, b: MatchableReferral) =>
  a.createdAt < b.createdAt || (a.createdAt.getTime() === b.createdAt.getTime() && a.id < b.id);

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface BackfillOptions {
  batchSize?: number;
  /** Compare only referrals that arrived from then on (each still with the whole year before it). */
  arrivedSince?: Date;
}

/**
 * Finds possible duplicates among referrals already stored. Safe to run again: the second run
 * records nothing. Batched by arrival time, with one candidate query per batch.
 */
export async function backfillPossibleDuplicates(
  db: Database,
  { batchSize = 500, arrivedSince }: BackfillOptions = {},
): Promise<BackfillReport> {
  const report: BackfillReport = { checked: 0, recorded: 0 };
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const batch: MatchableReferral[] = await db.referral.findMany({
      where: {
        anonymisedAt: null,
        ...(arrivedSince ? { createdAt: { gte: arrivedSince } } : {}),
        OR: [{ nhsNumber: { not: null } }, { dateOfBirth: { not: null } }],
        ...(after
          ? {
              AND: [
                { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] },
              ],
            }
          : {}),
      },
      select: MATCHABLE_SELECT,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: batchSize,
    });
    if (!batch.length) return report;
    report.checked += batch.length;
    report.recorded += await recordBatch(db, batch);
    const last = batch.at(-1)!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

async function recordBatch(db: Database, batch: MatchableReferral[]): Promise<number> {
  const nhsNumbers = [...new Set(batch.flatMap((r) => (r.nhsNumber ? [r.nhsNumber] : [])))];
  const births = [...new Set(batch.flatMap((r) => (r.dateOfBirth ? [r.dateOfBirth.getTime()] : [])))].map(
    (t) => new Date(t),
  );
  const candidates = await db.referral.findMany({
    where: {
      anonymisedAt: null,
      createdAt: {
        gte: new Date(batch[0]!.createdAt.getTime() - LOOK_BACK_DAYS * DAY_MS),
        lte: batch.at(-1)!.createdAt,
      },
      OR: [
        ...(nhsNumbers.length ? [{ nhsNumber: { in: nhsNumbers } }] : []),
        ...(births.length ? [{ dateOfBirth: { in: births } }] : []),
      ],
    },
    select: MATCHABLE_SELECT,
  });
  const found: { referralId: string; matchedId: string; rule: DuplicateRule }[] = [];
  for (const fresh of batch) {
    const since = fresh.createdAt.getTime() - LOOK_BACK_DAYS * DAY_MS;
    for (const older of candidates) {
      if (!isOlder(older, fresh) || older.createdAt.getTime() < since) continue;
      const rule = duplicateRule(fresh, older);
      if (rule) found.push({ referralId: fresh.id, matchedId: older.id, rule });
    }
  }
  if (!found.length) return 0;
  // A pair already recorded the other way round (two arriving in the same millisecond) stays as it is.
  const ids = [...new Set(found.flatMap((m) => [m.referralId, m.matchedId]))];
  const existing = await db.referralMatch.findMany({
    where: { referralId: { in: ids }, matchedId: { in: ids } },
    select: { referralId: true, matchedId: true },
  });
  const known = new Set(existing.map((m) => pairKey(m.referralId, m.matchedId)));
  const fresh = found.filter((m) => !known.has(pairKey(m.referralId, m.matchedId)));
  if (!fresh.length) return 0;
  const { count } = await db.referralMatch.createMany({ data: fresh, skipDuplicates: true });
  return count;
}
