import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H13: Submission blocked at the moment of need.
export const h13: Hazard = {
  id: "H13",
  title: "Submission blocked at the moment of need",
  causes:
    "A per-address limit of 10 submissions an hour meeting a shared NHS network or school behind one address; database down; failure notices give only the office-hours phone; a deploy while a form is open (its post names a server action the new build does not have).",
  effect: "A referral is not made; a person at risk at night meets a dead end.",
  initial: risk("Low", "Major"),
  controls: [
    {
      control: "A friendly notice that keeps the answers when the database is down.",
      test: {
        file: "tests/integration/database-down.test.ts",
        title: "tells the person clearly, writes nothing, and keeps their answers for a retry",
      },
    },
    {
      control: "Every public failure notice carries the crisis lines.",
      test: {
        file: "tests/unit/problem-notice-crisis-lines.test.ts",
        title: "offers the crisis lines with every public notice: %s",
      },
    },
    {
      control:
        'A form opened before a deploy is sent back to its page marked "This form is out of date" (with the crisis lines), the earlier answers kept in the draft, not a bare 409.',
      test: {
        file: "tests/e2e/out-of-date-forms.spec.ts",
        title: "a no-JavaScript post from an earlier build gets the out-of-date notice and keeps the earlier answers",
      },
    },
    {
      control:
        "With JavaScript, Continue on a page from before a deploy reloads that page with the out-of-date notice.",
      test: {
        file: "tests/e2e/out-of-date-forms.spec.ts",
        title: "in a browser, Continue on a page from an earlier build shows the out-of-date notice on the same page",
      },
    },
    {
      control: "A submission the limit refuses is held for staff, not dropped.",
      test: {
        file: "tests/integration/referral-submission.test.ts",
        title:
          "limits submissions per address in Postgres, shared by every app instance, holding the refused one for staff",
      },
    },
    {
      control:
        "Addresses in SHARED_NETWORKS (a GP practice, school or trust behind one public address) are counted against their own, higher limit, each address on its own, so a busy practice is not held back with the spam and a flood from it still stops.",
      test: {
        file: "tests/integration/shared-network-limits.test.ts",
        title:
          "lets a GP practice behind one shared address send more referrals than one person may, holds the flood past its own limit, and still limits everyone else",
      },
    },
    {
      control: "Staff release a held submission into the inbox (or discard spam).",
      test: {
        file: "tests/integration/held-submissions.test.ts",
        title: "releases a held submission into the inbox as a referral with its flags, and queues its notification",
      },
    },
    {
      control:
        "A release and another member of staff's release or discard of the same held form settle on one decision: the referral and the claim on the held row commit together, so staff are never told a form was dealt with while a referral they did not see recorded was made from it.",
      test: {
        file: "tests/integration/held-submissions.test.ts",
        title:
          "says a submission discarded while its release was being made was already dealt with, and records no release",
      },
    },
    {
      control:
        "The retention run never deletes a held form still waiting for staff; it deletes a held form's trace only once it was released or discarded and the retention period has passed, and warns of forms waiting over a day.",
      test: {
        file: "tests/integration/admin/retention-reach-and-warnings.test.ts",
        title: "deletes only traces released or discarded before the period, never a form still waiting",
      },
    },
    {
      control: "Staff find held submissions on /admin/held (counted in the navigation) and release them to the inbox.",
      test: {
        file: "tests/e2e/admin/held-and-urgency.spec.ts",
        title:
          "a triager raises a referral to urgent and changes its programme, each with a reason, then releases a held submission to the inbox",
      },
    },
  ],
  residual: risk("Very low", "Major"),
  procedures: [
    "Check the held queue every working day.",
    "List the public address ranges of the NHS trusts, GP practices and schools that refer in SHARED_NETWORKS, and size its limits (README, Sizing SUBMISSIONS_PER_HOUR and SHARED_NETWORKS).",
  ],
  openActions: [],
};
