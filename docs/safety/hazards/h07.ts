import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H07: Duplicate referrals for one person.
export const h07: Hazard = {
  id: "H07",
  title: "Duplicate referrals for one person",
  causes:
    "Parent, GP and young person all refer; people resubmit after hearing nothing; idempotency covers one form session only.",
  effect: "Conflicting triage; the copy holding the urgent information is closed.",
  initial: risk("Medium", "Significant"),
  controls: [
    {
      control: "One referral per form session, however often it is sent.",
      test: {
        file: "tests/integration/referral-submission.test.ts",
        title: "makes exactly one referral from 20 concurrent posts with one idempotency key",
      },
    },
    {
      control: "A double click without JavaScript makes one enquiry.",
      test: { file: "tests/e2e/double-submit.spec.ts", title: "makes one enquiry with one reference" },
    },
  ],
  residual: risk("Medium", "Significant"),
  procedures: ["Search the inbox by NHS number and name before contacting."],
  openActions: [
    { action: "Flag possible matches on arrival and carry the urgent flag to the surviving record.", issue: 15 },
  ],
};
