import { shared } from "./shared.mjs";

/**
 * Pass 2: the modules that save, limit and protect referrals and staff access, against the
 * integration tests (real Postgres, real SMTP). `testFiles` keeps the dry run to the files that
 * reach these modules; worker-process is left out because it runs the worker in a child process,
 * where mutants are never switched on.
 *
 * Static mutants (code that runs only while a module loads, such as submit-journey's KEY_PATTERN)
 * are tested too: the runner (vitest-static-activation.mjs) switches each on before the modules
 * load, and it is run against every file in `testFiles` (Stryker has no per-test coverage for it).
 */
const integrationPass = {
  ...shared("integration"),
  vitest: { configFile: "tests/vitest.integration.config.ts" },
  mutate: [
    "lib/referrals/submit-journey.ts",
    "lib/referrals/submit-step.ts",
    "lib/referrals/create-referral.ts",
    "lib/referrals/drafts.ts",
    "lib/referrals/held-submissions.ts",
    "lib/referrals/notifications.ts",
    "lib/referrals/delivery.ts",
    "lib/auth/throttle.ts",
    "lib/auth/lockout.ts",
    "lib/auth/sign-in.ts",
    "lib/auth/two-factor.ts",
    "lib/auth/guard.ts",
    "lib/triage/retention.ts",
    "lib/triage/data-protection.ts",
    // periods.ts and schedule.ts are in the unit pass: their tests are unit tests.
    "lib/retention/apply.ts",
    "lib/retention/side-stores.ts",
    "lib/jobs/*.ts",
  ],
  testFiles: [
    "tests/integration/referral-submission.test.ts",
    "tests/integration/measure-scores.test.ts",
    "tests/integration/send-step-guards.test.ts",
    "tests/integration/send-step-outcomes.test.ts",
    "tests/integration/question-page-guards.test.ts",
    "tests/integration/create-referral-retries.test.ts",
    "tests/integration/hostile-submissions.test.ts",
    "tests/integration/held-submissions.test.ts",
    "tests/integration/shared-device-privacy.test.ts",
    "tests/integration/save-page-as-typed.test.ts",
    "tests/integration/drafts-stay-with-their-owner.test.ts",
    "tests/integration/journey-moves.test.ts",
    "tests/integration/database-down.test.ts",
    "tests/integration/referral-notification.test.ts",
    "tests/integration/overdue-notifications.test.ts",
    "tests/integration/notification-handlers.test.ts",
    "tests/integration/reference-email.test.ts",
    "tests/integration/notification-faults.test.ts",
    "tests/integration/delivery-faults.test.ts",
    "tests/integration/until-written-row-gone.test.ts",
    "tests/integration/admin/email-not-sent-flag.test.ts",
    "tests/integration/worker-health.test.ts",
    "tests/integration/worker-wiring.test.ts",
    "tests/integration/worker-stop.test.ts",
    "tests/integration/job-queue-settings.test.ts",
    "tests/integration/job-errors-logged.test.ts",
    "tests/integration/web-queue-client.test.ts",
    "tests/integration/queue-client-roles.test.ts",
    "tests/integration/logs-without-personal-data.test.ts",
    "tests/integration/scheduled-retention.test.ts",
    "tests/integration/admin/lockout.test.ts",
    "tests/integration/admin/sign-in-throttle-counters.test.ts",
    "tests/integration/admin/sign-in.test.ts",
    "tests/integration/admin/sign-in-audit-and-spelling.test.ts",
    "tests/integration/admin/sign-in-edges.test.ts",
    "tests/integration/admin/refused-save-links.test.ts",
    "tests/integration/admin/one-time-password-expiry.test.ts",
    "tests/integration/admin/refused-accounts-do-the-same-work.test.ts",
    "tests/integration/admin/totp-replay.test.ts",
    "tests/integration/admin/two-factor-requirement.test.ts",
    "tests/integration/admin/two-factor-setup.test.ts",
    "tests/integration/admin/page-guard.test.ts",
    "tests/integration/admin/data-protection.test.ts",
    "tests/integration/admin/erasure-leaves-nothing.test.ts",
    "tests/integration/admin/readable-audit-log.test.ts",
    "tests/integration/admin/young-person-view-export.test.ts",
    "tests/integration/admin/inbox-export-columns.test.ts",
    "tests/integration/admin/retention-bystanders.test.ts",
    "tests/integration/admin/retention-schedule.test.ts",
    "tests/integration/admin/retention-reach-and-warnings.test.ts",
    "tests/integration/admin/audit-completeness.test.ts",
  ],
  timeoutMS: 30_000,
  timeoutFactor: 2,
};

export default integrationPass;
