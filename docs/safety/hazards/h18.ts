import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H18: Malicious or inappropriate third-party referral.
export const h18: Hazard = {
  id: "H18",
  title: "Malicious or inappropriate third-party referral",
  causes: "An abusive partner or an adult without parental responsibility refers someone, to find or monitor them.",
  effect: "Disclosure of the person's contact with services; harm.",
  initial: risk("Very low", "Considerable"),
  controls: [
    {
      control: "No clinical detail is sent back to the referrer.",
      test: {
        file: "tests/integration/referral-notification.test.ts",
        title: "sends the referrer an acknowledgement with the reference and no clinical details",
      },
    },
    {
      control:
        "A parent or carer who is not confirmed to have parental responsibility is flagged to staff; who has it, and whether others with it should know (or it is not safe for them to), is recorded and shown together.",
      test: {
        file: "tests/integration/consent-answers.test.ts",
        title:
          "stores a parent's answers about parental responsibility, the young person's agreement and their own words, and shows them to staff",
      },
    },
    {
      control: "A parent cannot send a referral for a 16 or 17 year old who has not agreed to it.",
      test: {
        file: "tests/e2e/consent-journeys.spec.ts",
        title: "a parent of a 16-year-old who has not agreed is told why and what to do, and can send once they agree",
      },
    },
    {
      control:
        "The young person (12 to 17) can add their own view, whether they agree and who we should talk to, through a private link tied to that referral only.",
      test: {
        file: "tests/integration/young-person-view.test.ts",
        title: "adds the young person's view to the referral it was made for, and to no other, once",
      },
    },
    {
      control: "Staff read the young person's own view beside the referrer's account.",
      test: {
        file: "tests/e2e/young-person-view.spec.ts",
        title:
          "a young person's 'not sure' shows the crisis lines at once, and staff see their view beside the parent's account",
      },
    },
    {
      control:
        "A risk answer from the young person raises the referral's flags and urgency, audited; the team is told.",
      test: {
        file: "tests/integration/young-person-view.test.ts",
        title: "a risk answer raises the referral's flags and urgency, audited, and the team is told with flags only",
      },
    },
  ],
  residual: risk("Very low", "Considerable"),
  procedures: [
    "Contact the person directly and confirm before acting; tell referrers nothing without consent.",
    "Check parental responsibility before telling a parent or carer anything about a child's referral.",
  ],
  openActions: [],
};
