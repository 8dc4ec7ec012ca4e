import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H03: Risk missed.
export const h03: Hazard = {
  id: "H03",
  title: "Risk missed",
  causes:
    "One double-barrelled 'now' question with no 'not sure'; no suicidality item; free text never scanned; general enquiries have no risk question; staff cannot set urgent after reading.",
  effect: "An urgent need is treated as routine.",
  initial: risk("Medium", "Major"),
  controls: [
    {
      control: "Risk question is required in every referral journey.",
      test: { file: "tests/unit/journey-schemas.test.ts", title: "accepts a complete, valid %s journey" },
    },
    {
      control: "Risk and safeguarding answers shown first to staff.",
      test: {
        file: "tests/unit/admin/answers.test.ts",
        title: "reads any shape of answers: nested, lists, yes/no, blanks and enum codes",
      },
    },
    {
      control:
        "Thoughts and acting soon asked separately, each with I'm not sure; every combination gives the right flags and urgency.",
      test: { file: "tests/unit/risk-flags.test.ts", title: "thoughts %s, may act soon %s" },
    },
    {
      control:
        "The general-question page, which asks nothing about risk, shows a short crisis box from the crisis lines content.",
      test: {
        file: "tests/e2e/enquiry-journeys.spec.ts",
        title: "someone asks a general question, is shown where to get help now, and gets a reference",
      },
    },
    {
      control: "The crisis box's lines come from lib/content/crisis-lines.ts for the service's nation.",
      test: {
        file: "tests/unit/enquiry-crisis-signpost.test.ts",
        title: "signposts crisis help from the crisis lines content, and no referral page needs it",
      },
    },
    {
      control: "Staff raise or lower urgency after reading, with a reason, audited.",
      test: {
        file: "tests/integration/admin/programme-and-urgency-changes.test.ts",
        title: "raises a routine referral to urgent and lowers it again, each with a reason and an audit entry",
      },
    },
  ],
  residual: risk("Low", "Major"),
  procedures: ["Staff read every answer, free text included, before triage."],
  openActions: [{ action: "A validated measure with a suicidality item (PHQ-9 item 9) at referral.", issue: 16 }],
};
