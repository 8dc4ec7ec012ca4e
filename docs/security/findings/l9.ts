import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-9 (Low) in the security review of 4 December 2026.
export const l9: Finding = {
  id: "L-9",
  title: "The failed-sign-in audit key is an unsalted SHA-256 of whatever was typed as the email",
  severity: "Low",
  status: "closed",
  fix: "The key is an HMAC-SHA256 under the auth secret.",
  tests: [
    ...provedBy(
      "tests/integration/admin/lockout.test.ts",
      "treats an unknown email address exactly like a wrong password, and keys it by an HMAC, not a bare hash",
    ),
  ],
};
