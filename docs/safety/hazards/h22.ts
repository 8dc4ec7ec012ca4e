import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H22: Retention differs from what the privacy notice promises.
export const h22: Hazard = {
  id: "H22",
  title: "Retention differs from what the privacy notice promises",
  causes:
    "The notice promised the Records Management Code while the code anonymised only closed referrals after 730 days; drafts, job records, mail files, sessions and audit events were not described or never deleted.",
  effect: "People are misled about their data; a record is kept or destroyed against policy.",
  initial: risk("Medium", "Significant"),
  controls: [
    {
      control: "The privacy notice states the retention periods the code applies.",
      test: {
        file: "tests/unit/content-facts.test.ts",
        title: "states the retention the code applies in the privacy notice",
      },
    },
    {
      control: "Closed referrals past the period are anonymised, and only they.",
      test: {
        file: "tests/integration/scheduled-retention.test.ts",
        title: "anonymises closed referrals past the retention period",
      },
    },
    {
      control:
        "One retention schedule (lib/retention/schedule.ts) names a rule for every table and side store; a new table without a rule fails the build's tests.",
      test: {
        file: "tests/unit/retention-schedule.test.ts",
        title: "names a rule for every table in the Prisma schema (prisma/schema/)",
      },
    },
    {
      control: "The privacy notice's table is rendered from that same schedule with the configured periods.",
      test: {
        file: "tests/unit/retention-schedule.test.ts",
        title: "shows the privacy notice this deployment's periods, from the same list",
      },
    },
    {
      control: "Declined, signposted and withdrawn referrals are anonymised too, with notes and every reason.",
      test: {
        file: "tests/integration/admin/retention-schedule.test.ts",
        title: "anonymises a %s referral past the period, with its notes and every reason",
      },
    },
    {
      control:
        "Audit events are deleted after AUDIT_RETENTION_DAYS only through a database function that refuses anything under a year old; the app's role cannot delete them itself.",
      test: {
        file: "tests/integration/security/database-roles.test.ts",
        title: "can remove audit events only through purge_audit_events, and only those over a year old",
      },
    },
    {
      control:
        "Erasure takes a fixed reason and a case number that cannot hold a name, NHS number or address, and deletes local copies of the referral's emails.",
      test: {
        file: "tests/integration/admin/data-protection.test.ts",
        title: "deletes the local copies of an erased referral's emails, and no one else's",
      },
    },
    {
      control:
        "After erasure, no table (the app's or the job queue's) and no mail file holds the person's name, email, phone or NHS number, including the young person's invitation.",
      test: {
        file: "tests/integration/admin/erasure-leaves-nothing.test.ts",
        title: "leaves the person's name, email, phone and NHS number in no table and no file",
      },
    },
    {
      control:
        "Anonymising an expired referral removes its own questionnaire scores and possible-duplicate links only: another person's scores (with the PHQ-9 item 9 risk answer) and links stay.",
      test: {
        file: "tests/integration/admin/retention-bystanders.test.ts",
        title: "removes the expired referral's questionnaire scores and duplicate links, and leaves everyone else's",
      },
    },
  ],
  residual: risk("Low", "Significant"),
  procedures: ["Information governance sets RETENTION_DAYS and AUDIT_RETENTION_DAYS and records them in the DPIA."],
  openActions: [],
};
