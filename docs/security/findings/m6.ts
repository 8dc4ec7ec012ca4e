import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// M-6 (Medium) in the security review of 4 December 2026.
export const m6: Finding = {
  id: "M-6",
  title:
    "The app connects to Postgres as a superuser that owns every table, so the append-only audit log can be altered",
  severity: "Medium",
  status: "closed",
  fix: "Migrations run as the owner role, while the web server and worker connect as an app role that owns nothing and may only INSERT and SELECT on audit_event (removing old events only through purge_audit_events), in the embedded database and with MIGRATION_DATABASE_URL for your own Postgres.",
  tests: [
    ...provedBy(
      "tests/integration/security/database-roles.test.ts",
      "cannot switch off the audit log's append-only trigger",
      "cannot delete, change or truncate an audit row, but can add and read them",
      "is not a superuser and owns no table",
      "can do the app's work: referrals, drafts, limits and the job queue",
    ),
    ...provedBy(
      "tests/integration/security/embedded-database-setup.test.ts",
      "connects the web server and worker as a role that is no superuser and cannot switch off the audit trigger (M-6)",
    ),
  ],
  notDone: [
    {
      what: "Shipping audit events to a write-once store (SIEM)",
      reason: "a store outside the database is the deploying organisation's infrastructure, not this repository's",
    },
  ],
};
