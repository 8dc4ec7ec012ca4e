import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// M-5 (Medium) in the security review of 4 December 2026.
export const m5: Finding = {
  id: "M-5",
  title: "Sensitive form answers stay on the device for 24 hours in a persistent cookie",
  severity: "Medium",
  status: "closed",
  fix: "Each form's draft cookie is a session cookie, the server deletes a draft after 30 minutes without activity (with the GOV.UK timeout warning), and every form page has Delete my answers and Exit this page.",
  tests: [
    ...provedBy(
      "tests/integration/shared-device-privacy.test.ts",
      "gives a draft 30 minutes from each saved page and sets its cookie without an expiry",
      "treats a timed-out draft as gone: it is deleted, and the next page posted says the answers were deleted",
      "deletes the draft row and its cookie with 'Yes, delete my answers', then says so",
      "deletes every draft on the device and the sent reference with Exit this page",
    ),
    ...provedBy("tests/e2e/shared-device-privacy.spec.ts", "a session cookie"),
  ],
  notDone: [
    {
      what: "Secure on the public cookies whatever APP_URL says, and the __Host- prefix",
      reason:
        "the public cookies are Secure when APP_URL is https but keep their plain names; renaming them touches every form and its tests, and was not done in this pass (still open)",
    },
  ],
};
