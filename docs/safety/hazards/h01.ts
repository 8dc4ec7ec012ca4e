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
      control:
        "Each email queue retries for about a week with doubling waits, keeps a waiting job longer than its retries last (so a retrying email never vanishes), then moves it to the staff's list of emails not sent.",
      test: {
        file: "tests/integration/job-queue-settings.test.ts",
        title: "retry an email in %s for about a week, with doubling waits, before the dead letter",
      },
    },
    {
      control:
        "An unsent notification is flagged in the inbox and on the referral after 30 minutes, worked out when the page is drawn, so it shows even when no worker runs.",
      test: {
        file: "tests/integration/admin/email-not-sent-flag.test.ts",
        title:
          "shows in the inbox row and on the referral once the email is unsent after 30 minutes, even with no worker running",
      },
    },
    {
      control:
        "A worker that dies after the mail server accepted an email is replaced: another picks the job up within about 30 seconds and the repeat is marked.",
      test: {
        file: "tests/integration/worker-crash.test.ts",
        title:
          "yields at most one repeat per email, marked (repeat) with the same Message-ID, picked up by another worker within about 30 s",
      },
    },
    {
      control:
        "A worker told to stop finishes the email it is sending, waiting up to 15 s (inside serve's 20 s grace); one the mail server has not answered by then is failed and retried, not dropped.",
      test: {
        file: "tests/integration/worker-stop.test.ts",
        title: "gives up after 15 s on an email the mail server has not answered, and leaves it to be retried",
      },
    },
    {
      control:
        "When Postgres dies after the mail server accepted an email, the worker keeps trying to record it as sent every half second (up to 10 minutes), so the team gets exactly one copy once Postgres is back, even with two workers and a stale heartbeat.",
      test: {
        file: "tests/integration/database-dies-after-send.test.ts",
        title:
          "delivers exactly one copy of each email, none marked repeat, and keeps the referral and both sent marks",
      },
    },
    {
      control:
        "A daily digest to the duty address counts untriaged, urgent and overdue referrals (sent even at zero, so silence means the worker is down).",
      test: {
        file: "tests/integration/daily-digest.test.ts",
        title: "gives counts and references of untriaged, urgent and overdue referrals and nothing about the people",
      },
    },
    {
      control:
        "Referrals past the response standard raise an alert to the duty address and a banner on every dashboard page.",
      test: {
        file: "tests/integration/escalation.test.ts",
        title:
          "counts urgent referrals not opened and referrals past the standard, oldest first, until they are opened or done",
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
  residual: risk("Very low", "Major"),
  procedures: [
    "Send to a monitored shared NHSmail mailbox, not a person.",
    "Check the dashboard inbox every working day; the e-mail is a prompt, not the record.",
  ],
  openActions: [],
};
