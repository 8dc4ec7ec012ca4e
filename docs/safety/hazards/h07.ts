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
      control:
        "A second copy of the same post that looked for the referral just before the first copy saved it is shown the same reference, never 'your answers were deleted' (which could make the person send it again).",
      test: {
        file: "tests/integration/referral-submission.test.ts",
        title: "gives a second copy of the post, which looked for the referral just before the first saved it",
      },
    },
    {
      control: "A double click without JavaScript makes one enquiry.",
      test: { file: "tests/e2e/double-submit.spec.ts", title: "makes one enquiry with one reference" },
    },
    {
      control:
        "A new referral whose NHS number, name and date of birth, or date of birth with phone or email matches one from the year before is tagged 'Possible duplicate of REF' in the inbox and on both referrals; different people with the same name are not.",
      test: {
        file: "tests/integration/admin/duplicates.test.ts",
        title: "does not match different people with the same name, or referrals from more than a year before",
      },
    },
    {
      control:
        "Linking keeps both referrals and carries the urgent flag to the other, with the reason recorded; linking and dismissing are audited on both.",
      test: {
        file: "tests/integration/admin/duplicates.test.ts",
        title: "links two referrals, keeping both and carrying the urgent flag to the other, audited on both",
      },
    },
    {
      control:
        "Referrals that arrived before duplicate detection are compared once with the year before them (npm run duplicates:backfill, same rules); a match staff already dismissed stays dismissed.",
      test: {
        file: "tests/integration/duplicates-backfill.test.ts",
        title: "finds earlier referrals that match on each rule, the newer one pointing at the older",
      },
    },
    {
      control:
        "Two referrals for one person saved at the same moment (neither could see the other on arrival) are matched by the nightly job, after that night's retention.",
      test: {
        file: "tests/integration/nightly-duplicate-check.test.ts",
        title:
          "records a possible duplicate the check on arrival missed, newer pointing at older, and audits the count",
      },
    },
  ],
  residual: risk("Medium", "Significant"),
  procedures: [
    "Open each 'Possible duplicate' before contacting the person; link the referrals or dismiss the match.",
    "Search the inbox by NHS number and name before contacting.",
  ],
  openActions: [
    {
      action:
        "Clinical safety officer to review the residual rating now that possible duplicates are flagged on arrival and linking carries the urgent flag over.",
      issue: 15,
    },
  ],
};
