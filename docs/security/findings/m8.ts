import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// M-8 (Medium) in the security review of 4 December 2026.
export const m8: Finding = {
  id: "M-8",
  title: "Account lockout can be used to deny service to anyone whose staff email is known",
  severity: "Medium",
  status: "closed",
  fix: "Sign-in pauses instead of locking: each pause is twice the last, and the tries counted per account and address mean one address cannot pause an account for its owner elsewhere.",
  tests: [
    ...provedBy(
      "tests/integration/admin/lockout.test.ts",
      "does not let one address pause an account for its owner elsewhere (M-8)",
      "makes each pause twice as long as the one before",
      "pauses an address that tries many accounts, without pausing those accounts elsewhere",
    ),
  ],
  notDone: [
    {
      what: "An alert to admins and an out-of-band unlock",
      reason:
        "the pause ends by itself and an address pausing an account is recorded in the audit log; an alert is left to the deploying organisation's log monitoring",
    },
  ],
};
