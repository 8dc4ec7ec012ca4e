import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-10 (Low) in the security review of 4 December 2026.
export const l10: Finding = {
  id: "L-10",
  title: "The pending two-factor lookup reads the cookie without checking its signature",
  severity: "Low",
  status: "closed",
  fix: "The pending two-factor cookie is read by its exact name for the environment and only with a valid HMAC signature.",
  tests: [
    ...provedBy(
      "tests/unit/two-factor-cookie.test.ts",
      "ignores a look-alike name placed before the real cookie",
      "refuses a forged or missing signature",
    ),
    ...provedBy("tests/integration/admin/lockout.test.ts", "counts wrong authenticator codes towards the pause"),
  ],
};
