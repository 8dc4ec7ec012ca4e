import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-4 (Low) in the security review of 4 December 2026.
export const l4: Finding = {
  id: "L-4",
  title: "Timing reveals that a deactivated staff account exists",
  severity: "Low",
  status: "closed",
  fix: "A refused account (deactivated, or a one-time password past its expiry) gets a scrypt check against a dummy hash before it is refused, the same work as any other try.",
  tests: [
    ...provedBy(
      "tests/integration/admin/refused-accounts-do-the-same-work.test.ts",
      "is refused only after a scrypt check of the typed password, like any other try (L-4)",
      "does the same for an unused one-time password past its expiry (L-4, M-7)",
    ),
  ],
};
