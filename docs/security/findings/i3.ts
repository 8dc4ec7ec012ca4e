import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// I-3 (Info) in the security review of 4 December 2026.
export const i3: Finding = {
  id: "I-3",
  title: "Dependencies: no matching advisory, newer patch releases exist, and no advisory check runs",
  severity: "Info",
  status: "accepted",
  fix: "better-auth 1.7.29, nodemailer 10.6.1 and pg-boss 12.38.1 are the current patch releases and next 16.4.6 and react 19.3.1 the newest of their lines, and npm run audit:deps fails on a high or critical advisory wherever the registry serves them.",
  reason:
    "The registry here answers 405 to npm's advisory endpoint and no npm package carries an offline advisory database, so here the check prints that it could not run (never 'clean') and exits 0, failing CI only where advisories can be read; next 16.5.0 is a minor release, not a patch, and is left for its own upgrade.",
  tests: [
    ...provedBy(
      "tests/unit/advisory-verdict.test.ts",
      "fails on any high or critical advisory",
      "says it could not run, never 'clean', when the registry does not serve advisories",
    ),
  ],
};
