import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H15: Abandoned draft after disclosing risk.
export const h15: Hazard = {
  id: "H15",
  title: "Abandoned draft after disclosing risk",
  causes:
    "Someone answers yes to risk and leaves; drafts are deleted after 30 minutes without activity and are never read, by design.",
  effect: "No one knows of the risk.",
  initial: risk("Low", "Major"),
  controls: [
    {
      control: "Crisis lines shown at once after a risk answer and kept on every later page.",
      test: {
        file: "tests/e2e/referral-journeys.spec.ts",
        title:
          "a GP not sure whether a patient might act on thoughts of suicide soon sends an urgent referral: crisis lines stay on every page and the confirmation gives the urgent standard",
      },
    },
    {
      control:
        "An abandoned draft is deleted after 30 minutes without activity (GOV.UK timeout warning first); the page then says the answers were deleted and always links to Get help now, because whether they held a risk answer is no longer known.",
      test: {
        file: "tests/e2e/shared-device-privacy.spec.ts",
        title: "after the timeout the answers are gone",
      },
    },
    {
      control: "A timed-out draft cannot be sent: it is deleted and the next post says so.",
      test: {
        file: "tests/integration/shared-device-privacy.test.ts",
        title:
          "treats a timed-out draft as gone: it is deleted, and the next page posted says the answers were deleted",
      },
    },
    {
      control:
        "A 'Save and come back later' email the mail server refuses is not dropped with only a log line: it is listed for staff at /admin/emails (times and the SMTP code, no address or answers) and can be sent again while the link lasts, so a broken mail setting cannot silently strand saved forms.",
      test: {
        file: "tests/integration/admin/refused-save-links.test.ts",
        title: "are not retried, are listed for staff without the address, and go once when sent again",
      },
    },
    {
      control:
        "A 'Save and come back later' email that cannot reach the mail server is retried for about half the link's 7 days, then goes to the dead letter and is listed at /admin/emails the same way, so staff can still send it again while the link lasts.",
      test: {
        file: "tests/integration/admin/save-links-out-of-retries.test.ts",
        title:
          "go to the dead letter after the last retry, are listed for staff without the address, and go once when sent again",
      },
    },
  ],
  residual: risk("Low", "Major"),
  procedures: ["Never promise follow-up of incomplete forms."],
  openActions: [],
  accepted:
    "Accepted limitation in the clinical review: unsent drafts are not read, so that nothing is collected without the person choosing to send it.",
};
