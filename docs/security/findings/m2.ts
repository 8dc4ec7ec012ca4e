import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// M-2 (Medium) in the security review of 4 December 2026.
export const m2: Finding = {
  id: "M-2",
  title: "The acknowledgement email goes to any address typed in, even when the person said we may not leave messages",
  severity: "Medium",
  status: "closed",
  fix: "The email with the reference is sent only when the person ticks Email me my reference and allows email, from a neutral sender with a neutral subject, at most once per address per day.",
  tests: [
    ...provedBy(
      "tests/integration/reference-email.test.ts",
      "is sent when the person ticks Email me my reference and says we may email them, with a neutral sender, subject and text",
      "is not sent when the person does not tick Email me my reference",
      "is never sent when the person says we may not email them, even with the box ticked",
      "is sent at most once per address per day, however many forms name it",
    ),
  ],
};
