import { getDb } from "@/lib/db";
import { exportInboxCsv } from "@/lib/triage/data-protection";
import { parseInboxFilter } from "@/lib/triage/filters";
import { readCsvTable } from "./read-csv";
import { contextFor } from "./staff";

/** The inbox's CSV export for a search, every status, as the signed-in member of staff gets it, read as a spreadsheet would. */
export async function exportedInbox(q: string, now: Date) {
  const { csv } = await exportInboxCsv(
    getDb(),
    await contextFor("referral:export"),
    parseInboxFilter({ q, status: "all" }).filter,
    now,
  );
  return readCsvTable(csv);
}
