import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H03: Risk missed.
export const h03: Hazard = {
  id: "H03",
  title: "Risk missed",
  causes:
    "One double-barrelled 'now' question with no 'not sure'; no suicidality item (PHQ-9 item 9 is now asked of adults who answer the measures; optional, and young people's SMFQ has none); free text never scanned; general enquiries have no risk question; staff cannot set urgent after reading.",
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
    {
      control:
        "A validated measure with a suicidality item at referral: any answer above 'Not at all' on PHQ-9 item 9 is a risk sign, whatever the total.",
      test: {
        file: "tests/unit/measure-scoring.test.ts",
        title: "flags any answer above 'not at all' on item 9 as risk, even when the total is low",
      },
    },
    {
      control:
        "PHQ-9 item 9 above zero sets the self-harm-thoughts flag (inbox tag, risk box, team email) and never makes the referral urgent or changes the reply time people are told; only the risk questions do.",
      test: {
        file: "tests/integration/measure-scores.test.ts",
        title: "scores an adult's PHQ-9, GAD-7 and WSAS on the server; item 9 flags thoughts but not urgency",
      },
    },
    {
      control:
        "PHQ-9 item 9 above zero shows the crisis guidance at once under the question (JavaScript) and on the next page (without), then the Help now box on every later page.",
      test: {
        file: "tests/e2e/measures.spec.ts",
        title: "an adult answers PHQ-9 item 9 with 'Several days', sees the crisis guidance at once",
      },
    },
    {
      control:
        "A questionnaire licence or cut-off that no source settles is marked 'to be confirmed by the clinical lead' and live mode refuses to start until it is confirmed.",
      test: {
        file: "tests/unit/measure-facts-go-live.test.ts",
        title:
          "refuses live mode while a measure's licence or cut-off is still to be confirmed, naming the measure and the fact",
      },
    },
  ],
  residual: risk("Low", "Major"),
  procedures: ["Staff read every answer, free text included, before triage."],
  openActions: [
    {
      action:
        "The young person's measure (SMFQ) and its parent version have no self-harm item, so for under-18s the risk questions remain the only structured check; the clinical lead to decide whether to add one (for example from the full MFQ), and to confirm the SMFQ cut-off (8 or 12) and the WSAS and SMFQ licences for this service (PHQ-9 and GAD-7 confirmed free: Pfizer, July 2010). Live mode refuses to start until they are (lib/measures/sources.ts).",
      issue: 16,
    },
  ],
};
