import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// M-4 (Medium) in the security review of 4 December 2026.
export const m4: Finding = {
  id: "M-4",
  title: "Retention covers only referrals that reach Closed, and several side stores are kept for ever",
  severity: "Medium",
  status: "closed",
  fix: "One retention schedule (lib/retention/schedule.ts) anonymises referrals after every finishing status and deletes old sessions, codes, counters, held-form traces, mail files and audit events (after AUDIT_RETENTION_DAYS, through a privileged database function), warning about open referrals past the period.",
  tests: [
    ...provedBy(
      "tests/integration/admin/retention-schedule.test.ts",
      "anonymises a %s referral past the period, with its notes and every reason",
      "keeps an open referral however old, and warns that someone must decide",
      "deletes old staff sessions, codes, limit counters and heartbeats, and keeps current ones",
      "deletes audit events older than the audit period through the database function, and keeps newer ones",
    ),
    ...provedBy(
      "tests/integration/admin/retention-reach-and-warnings.test.ts",
      "keeps a sign-in counter still pausing someone whatever its age, and counts every counter it deletes",
      "deletes a search's saved words a day after the search, and keeps a younger search's",
    ),
    ...provedBy(
      "tests/integration/mail-files.test.ts",
      "deletes .eml files older than MAIL_FILE_RETENTION_DAYS and keeps newer ones and other files",
      "writes each email as an .eml file under DATA_DIR/mail",
    ),
    ...provedBy(
      "tests/unit/retention-schedule.test.ts",
      "names a rule for every table in the Prisma schema (prisma/schema/)",
    ),
  ],
  notDone: [
    {
      what: "Auto-closing enquiries",
      reason:
        "an open referral is never deleted without a person's decision; the nightly run warns about every open referral past the period instead",
    },
  ],
};
