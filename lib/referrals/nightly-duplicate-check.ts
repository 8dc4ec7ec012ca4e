import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db";
import { log } from "@/lib/log";
import { backfillPossibleDuplicates, type BackfillReport } from "./duplicate-backfill";

// Each referral is compared with the year before it as it is saved (possible-duplicates.ts), but two
// sent at the same moment are saved in transactions that cannot see each other, so neither finds
// the other (H07). The worker's nightly job runs the backfill's comparison again to catch them: it
// records only pairs not yet recorded, so a match staff linked or dismissed keeps their decision.
// It runs after the night's retention, in the same job, so a referral anonymised that night is not
// compared: anonymisation deletes its matches, so one found just before would be counted and audited
// as found, then be gone by morning.

/** The nightly possible-duplicate check; logs the counts, and audits them when it found any. */
export async function nightlyDuplicateCheck(db: Database): Promise<BackfillReport> {
  const report = await backfillPossibleDuplicates(db);
  log.info({ event: "duplicates.checked", ...report });
  if (report.recorded)
    await recordAudit(db, { actorId: null, action: "referral.duplicates_backfilled", detail: { ...report } });
  return report;
}
