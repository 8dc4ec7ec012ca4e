import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H19: Under-triage from the automatic programme suggestion.
export const h19: Hazard = {
  id: "H19",
  title: "Under-triage from the automatic programme suggestion",
  causes: "'Diagnosis: no' suggests the prevention group whatever the severity or risk.",
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
        "End to end, an at-risk young person (urgent) is suggested IPT-A and the team email never names the prevention group.",
      test: {
        file: "tests/e2e/referral-journeys.spec.ts",
        title:
          "an at-risk 14-year-old who chooses the adult form is moved to the young person's form, keeps their answers, sees the confidentiality page and is suggested IPT-A, never the skills group",
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
  procedures: ["Clinician triage decides the programme."],
  openActions: [{ action: "Suggest on a validated measure as well as age.", issue: 16 }],
};
