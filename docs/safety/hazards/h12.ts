import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H12: Safeguarding concern not acted on quickly.
export const h12: Hazard = {
  id: "H12",
  title: "Safeguarding concern not acted on quickly",
  causes:
    "A safeguarding yes does not set urgent, tag the inbox or appear in the e-mail; self and parent journeys never ask about harm from others.",
  effect: "A child at risk of harm waits in the routine queue.",
  initial: risk("Low", "Major"),
  controls: [
    {
      control: "Safeguarding answers shown first on the referral page.",
      test: {
        file: "tests/unit/admin/answers.test.ts",
        title: "reads any shape of answers: nested, lists, yes/no, blanks and enum codes",
      },
    },
    {
      control:
        "Every referral journey asks whether anyone is hurting the person; yes or not sure makes the referral urgent and flags it.",
      test: {
        file: "tests/integration/referral-submission.test.ts",
        title: "someone hurting them (%s) makes the referral urgent: %s",
      },
    },
    {
      control: "A professional's safeguarding yes is a stored flag.",
      test: {
        file: "tests/integration/referral-submission.test.ts",
        title: "flags a professional's safeguarding concern",
      },
    },
    {
      control: "Flags are tags in the inbox and can be filtered.",
      test: {
        file: "tests/integration/admin/inbox.test.ts",
        title: "tags and filters referrals by risk and safeguarding flag",
      },
    },
    {
      control: "Flags are named in the team's e-mail, without personal data.",
      test: {
        file: "tests/unit/email-content.test.ts",
        title: "names each flag in words, and says None when there are none, without anything the person typed",
      },
    },
    {
      control:
        "Structured child-protection answers: who has parental responsibility, looked after, special guardianship and a social worker's involvement, stored and shown to staff in words.",
      test: {
        file: "tests/integration/consent-answers.test.ts",
        title:
          "stores a parent's answers about parental responsibility, the young person's agreement and their own words, and shows them to staff",
      },
    },
  ],
  residual: risk("Very low", "Major"),
  procedures: ["Same-day review of safeguarding referrals by the safeguarding lead."],
  openActions: [],
};
