import type { Hazard } from "../hazard-schema";
import { risk, goLiveUnit } from "./shared";

// H01: Referral lost, or never seen by a clinician.
export const h01: Hazard = {
  id: "H01",
  title: "Referral lost, or never seen by a clinician",
  causes:
    "SMTP_URL unset in production, so mail is written to files and marked sent; CLINICAL_SUPPORT_EMAIL left at an example address; one recipient mailbox (leave, spam filter); staff rely on e-mail, not the inbox.",
  effect: "A referral sits unread; the person deteriorates or dies while waiting.",
  initial: risk("Low", "Major"),
  controls: [
    {
      control: "Referral, draft deletion and notification job saved in one transaction.",
      test: {
        file: "tests/integration/referral-submission.test.ts",
        title: "saves the referral with its search columns, queues its emails and deletes the draft",
      },
    },
    {
      control: "Notifications retried with backoff until the mail server accepts them.",
      test: {
        file: "tests/integration/notification-faults.test.ts",
        title: "keeps the referral while SMTP refuses, retries, and delivers exactly one email when SMTP recovers",
      },
    },
    {
      control: "An unsent notification is flagged in the inbox after 30 minutes.",
      test: {
        file: "tests/integration/admin/email-not-sent-flag.test.ts",
        title: "shows in the inbox row and on the referral once the worker finds the email unsent after 30 minutes",
      },
    },
    {
      control: "Live mode refuses to start without SMTP_URL or with an example CLINICAL_SUPPORT_EMAIL.",
      test: {
        file: goLiveUnit,
        title: "refuses live mode with the example details and names each problem on its own line",
      },
    },
  ],
  residual: risk("Low", "Major"),
  procedures: [
    "Send to a monitored shared NHSmail mailbox, not a person.",
    "Check the dashboard inbox every working day; the e-mail is a prompt, not the record.",
  ],
  openActions: [
    { action: "Daily unread-referrals digest and an alert when a referral is untriaged after N hours.", issue: 15 },
    { action: "Failures that are seen: no silent loss of notifications after a crash.", issue: 14 },
  ],
};
