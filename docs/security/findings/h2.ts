import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// H-2 (High) in the security review of 4 December 2026.
export const h2: Finding = {
  id: "H-2",
  title:
    "Sign-in lockout is check-then-act with no atomic counter: parallel guesses skip both the password and the code limit",
  severity: "High",
  status: "closed",
  fix: "lib/auth/throttle.ts takes a try from each counter (account and address, address, account) in one atomic upsert before the password or code is checked, and gives it back only when the password was right.",
  tests: [
    ...provedBy(
      "tests/integration/admin/lockout.test.ts",
      "checks no more than the limit of 30 wrong passwords sent at once (H-2)",
      "checks no more than the limit of 40 wrong codes sent at once (H-2)",
    ),
    ...provedBy(
      "tests/integration/admin/sign-in-throttle-counters.test.ts",
      "takes one try from the account-and-address, the address and the account counters, narrowest first",
    ),
  ],
};
