import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// M-1 (Medium) in the security review of 4 December 2026.
export const m1: Finding = {
  id: "M-1",
  title: "A TOTP code can be replayed within its validity window",
  severity: "Medium",
  status: "closed",
  fix: "The last accepted time step is stored per user and claimed atomically, so a code (including the one that confirmed set-up) signs in once.",
  tests: [
    ...provedBy(
      "tests/integration/admin/totp-replay.test.ts",
      "refuses the same code in a second browser after it signed in the first",
      "lets only one of several browsers racing with one code in",
      "does not accept the code that confirmed set-up for signing in",
    ),
  ],
};
