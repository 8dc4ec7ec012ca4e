import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-8 (Low) in the security review of 4 December 2026.
export const l8: Finding = {
  id: "L-8",
  title: "The staff session cookie persists after the browser closes, and its prefix is weaker than it could be",
  severity: "Low",
  status: "closed",
  fix: "Staff cookies are session cookies named with the __Host- prefix in production (the 12-hour absolute limit kept on the server), and the signed-out page sends Clear-Site-Data for cache and cookies.",
  tests: [
    ...provedBy(
      "tests/integration/admin/sign-in.test.ts",
      "sets the session cookie HttpOnly and SameSite=Lax, with no lifetime, so closing the browser ends it",
    ),
    ...provedBy(
      "tests/unit/staff-cookie-names.test.ts",
      "gives every staff cookie the __Host- prefix, Secure and Path=/ in production",
    ),
    ...provedBy(
      "tests/unit/security-headers.test.ts",
      "tells the browser to drop this site's cookies and cache on the signed-out page",
    ),
    // Nor does a code sign-in leave a trusted-device cookie that skips the second step next time.
    ...provedBy(
      "tests/integration/admin/sign-in-edges.test.ts",
      "does not trust the browser: the next sign-in there asks for the code again",
    ),
    ...provedBy(
      "tests/e2e/admin/triage.spec.ts",
      "a triager signs in with an authenticator code, opens a referral, assigns it, changes its status with a reason and adds a note",
    ),
  ],
};
