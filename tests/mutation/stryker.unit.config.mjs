import { shared } from "./shared.mjs";

/** Pass 1: the pure modules, against the unit tests. */
const unitPass = {
  ...shared("unit"),
  vitest: { configFile: "tests/vitest.unit.config.ts" },
  mutate: [
    "lib/referrals/validation.ts",
    "lib/referrals/date-of-birth.ts",
    "lib/referrals/age.ts",
    "lib/referrals/nhs-number.ts",
    "lib/referrals/reference.ts",
    "lib/referrals/risk-flags.ts",
    "lib/referrals/flow.ts",
    "lib/referrals/journeys/**/*.ts",
    "lib/forms/read-form.ts",
    "lib/triage/csv.ts",
    "lib/triage/working-days.ts",
    "lib/triage/workflow.ts",
    // Only zod schemas: its tests are unit tests (tests/unit/erasure-reason.test.ts).
    "lib/triage/erasure.ts",
    "lib/retention/periods.ts",
    "lib/retention/schedule.ts",
    "lib/security/*.ts",
    "lib/auth/two-factor-cookie.ts",
    "lib/referrals/emails.ts",
    "lib/db/unique-violation.ts",
    "lib/db/until-written.ts",
  ],
  timeoutMS: 20_000,
  timeoutFactor: 3,
};

export default unitPass;
