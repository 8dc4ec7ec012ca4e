import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db";
import { log } from "@/lib/log";
import { backfillPossibleDuplicates, type BackfillReport } from "./duplicate-backfill";

// Each referral is compared with the year before it as it is saved (possible-duplicates.ts), but two
// sent at the same moment are saved in transactions that cannot see each other, so neither finds
// the other (H07). The worker's nightly job runs the backfill's comparison again to catch them: it
// records only pairs not yet recorded, so a match staff linked or dismissed keeps their decision.
// Such a pair arrives together, so only the last week's arrivals are compared (each with the year
// before it; a week covers nights the worker was down). The whole table (about 100 s at 100,000
// referrals on a loaded 2-core machine) is compared only by hand: `npm run duplicates:backfill`.
// It runs after the night's retention, in the same job, so a referral anonymised that night is not
// compared: anonymisation deletes its matches, so one found just before would be counted and audited
// as found, then be gone by morning.

/** How far back the nightly check looks for new arrivals to compare. */
export const NIGHTLY_ARRIVALS_DAYS = 7;

/** The nightly possible-duplicate check; logs the counts, and audits them when it found any. */
export async function nightlyDuplicateCheck(db: Database, now = new Date()): Promise<BackfillReport> {
  const arrivedSince = new Date(now.getTime() - NIGHTLY_ARRIVALS_DAYS * 86_400_000);
  const report = await backfillPossibleDuplicates(db, { arrivedSince });
  log.info({ event: "duplicates.checked", ...report });
  if (report.recorded)
    await recordAudit(db, { actorId: null, action: "referral.duplicates_backfilled", detail: { ...report } });
  return report;
}
