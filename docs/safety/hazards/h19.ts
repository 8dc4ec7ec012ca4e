import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H19: Under-triage from the automatic programme suggestion.
export const h19: Hazard = {
  id: "H19",
  title: "Under-triage from the automatic programme suggestion",
  causes:
    "Once 'Diagnosis: no' suggested the prevention group whatever the severity or risk (that question is gone, issue 16). Now age and who refers decide the suggestion, so where the prevention group is the only programme for an age it can be suggested to a young person whose questionnaire score is high.",
  effect: "Severe depression steered to a prevention group or signposted away.",
  initial: risk("Low", "Considerable"),
  controls: [
    {
      control: "Only programmes the service offers are suggested.",
      test: { file: "tests/unit/age-routing.test.ts", title: "only suggests programmes the service offers" },
    },
    {
      control:
        "The suggestion comes from age and who refers; the prevention group is never suggested with a risk flag.",
      test: {
        file: "tests/unit/age-routing.test.ts",
        title:
          "suggests the prevention group only when it is the one programme for that age, and never with a risk flag",
      },
    },
    {
      control:
        "The suggestion does not depend on the order the service settings list the programmes in: a group listed first is not suggested to a parent in place of the family programme or IPT-A.",
      test: {
        file: "tests/unit/age-routing.test.ts",
        title: "suggests the same programme whatever order the service lists its programmes in",
      },
    },
    {
      control:
        "End to end, an at-risk young person (urgent) is suggested IPT-A and the team email never names the prevention group.",
      test: {
        file: "tests/e2e/referral-journeys.spec.ts",
        title:
          "an at-risk 14-year-old who chooses the adult form is moved to the young person's form, keeps their answers, sees the confidentiality page and is suggested IPT-A, never the skills group",
      },
    },
    {
      control:
        "No routing depends on 'has a doctor said depression' (no page asks it) nor on a questionnaire's total: the suggestion is the same whatever either says.",
      test: {
        file: "tests/unit/routing-without-diagnosis.test.ts",
        title: "in the %s journey, is the same at every age whatever a doctor said or a questionnaire's total",
      },
    },
    {
      control:
        "Staff see each referral's severity from a validated measure, with its band, in the inbox and on the referral page, beside the suggestion.",
      test: {
        file: "tests/e2e/measures.spec.ts",
        title:
          "staff see the PHQ-9's total, band, source and each answer on the referral page, and its severity in the inbox",
      },
    },
    {
      control: "Staff see the programme as suggested and change it with a reason, audited.",
      test: {
        file: "tests/integration/admin/programme-and-urgency-changes.test.ts",
        title:
          "moves the person to another programme, keeping the suggestion, the reason and an audit entry without the reason",
      },
    },
  ],
  residual: risk("Very low", "Considerable"),
  procedures: ["Clinician triage decides the programme, reading the questionnaire scores shown beside the suggestion."],
  openActions: [
    {
      action:
        "Whether a young person's SMFQ at or above the cut-off should stop the prevention group (IPT-AST) being suggested is for the clinical lead. Not built (7 Dec 2026) because no source supports it: the source describes IPT-AST as a group for young people with some symptoms of depression who do not yet have a diagnosis, so raised scores are the group it is meant for; the SMFQ is a screen, not a diagnosis (Duke scoring sheet); its cut-off (8 or 12) is itself to be confirmed; and with the example programmes the group is never suggested (IPT-A is offered at the same ages), so such a rule would change nothing today.",
      issue: 16,
    },
  ],
};
