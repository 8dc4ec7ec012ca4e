import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H04: Child routed to an adult programme, or adult to a child programme; wrong journey.
export const h04: Hazard = {
  id: "H04",
  title: "Child routed to an adult programme, or adult to a child programme; wrong journey",
  causes:
    "Overlapping age ranges (18 in both IPT-A and adult IPT); a 14-year-old choosing the adult journey skips the consent page; date-of-birth typos.",
  effect: "Wrong programme offered; delay; an under-16 not told about confidentiality.",
  initial: risk("Medium", "Considerable"),
  controls: [
    {
      control: "Age worked out on the server from the date of birth.",
      test: { file: "tests/unit/age-routing.test.ts", title: "counts whole years, turning over on the birthday" },
    },
    {
      control: "Half-open age bands: an 18-year-old is never suggested an adolescent programme.",
      test: {
        file: "tests/unit/age-routing.test.ts",
        title: "never suggests an adolescent programme to an 18-year-old",
      },
    },
    {
      control: "Someone outside every programme's ages is passed on, not refused.",
      test: {
        file: "tests/integration/referral-submission.test.ts",
        title: "sends someone outside every programme's ages on, with no programme, rather than refusing them",
      },
    },
    {
      control:
        "An under-18 in the adult journey is told plainly and moved to the young person's journey with every answer kept; under 16, the consent page follows.",
      test: {
        file: "tests/integration/journey-moves.test.ts",
        title:
          "moves a 14-year-old from the adult journey to the young person's, keeping every answer, and asks the consent questions",
      },
    },
    {
      control:
        "A moved person who goes back to the adult form keeps every answer: the page and its post go to the young person's draft.",
      test: {
        file: "tests/integration/journey-moves.test.ts",
        title: "keeps every answer when a moved person goes back to the adult form and sends a page again",
      },
    },
    {
      control:
        "Check your answers shows the age worked out from the date of birth, so a mistyped year is seen before sending.",
      test: {
        file: "tests/unit/check-answers-age.test.ts",
        title: "shows the age worked out from the date of birth in the %s journey: %s, %s",
      },
    },
    {
      control:
        "An 18-year-old or older in the young person's journey is moved to the adult journey with every answer kept.",
      test: {
        file: "tests/integration/journey-moves.test.ts",
        title:
          "moves an 18-year-old from the young person's journey to the adult journey, keeping every answer, and sends it as an adult referral",
      },
    },
    {
      control:
        "Live mode refuses to start while an offered programme's age band is still marked to be confirmed, so no real referral is routed by an unconfirmed band.",
      test: {
        file: "tests/unit/go-live-gate.test.ts",
        title:
          "refuses live mode while a programme the team offers still has ages to be confirmed, since routing uses them",
      },
    },
    {
      control:
        "End to end on a phone, with JavaScript on and off, each persona is suggested the programme a clinician would expect (the team email's Suggested programme line): an 18-year-old IPT for adults, an at-risk 14-year-old IPT-A, a parent's 10-year-old FB-IPT, a GP's patient by age.",
      test: {
        file: "tests/e2e/referral-journeys.spec.ts",
        title:
          "an at-risk 14-year-old who chooses the adult form is moved to the young person's form, keeps their answers, sees the confidentiality page and is suggested IPT-A, never the skills group",
      },
    },
    {
      control:
        "End to end, an 18-year-old who chose the young person's form is suggested IPT for adults, never an adolescent programme.",
      test: {
        file: "tests/e2e/consent-journeys.spec.ts",
        title: "an 18-year-old who chooses the young person's form is moved to the adult form and keeps their answers",
      },
    },
  ],
  residual: risk("Low", "Considerable"),
  procedures: ["A clinician confirms the programme at triage; the suggestion is never final."],
  openActions: [],
};
