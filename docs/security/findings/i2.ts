import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// I-2 (Info) in the security review of 4 December 2026.
export const i2: Finding = {
  id: "I-2",
  title: "Body limits work, including for chunked bodies",
  severity: "Info",
  status: "closed",
  fix: "The 64 KB limit still holds, and an action post the proxy cannot read gets a 400 with a message rather than a 500.",
  tests: [
    ...provedBy("tests/e2e/keyboard-and-origin.spec.ts", "a post larger than the limit gets 413"),
    ...provedBy("tests/unit/origin-check.test.ts", "refuses bodies declared larger than the limit"),
    ...provedBy(
      "tests/integration/hostile-submissions.test.ts",
      "answer every random post to any page with a redirect or a 4xx and a message",
    ),
  ],
  notDone: [
    {
      what: "Rate-limiting the warning logged for each oversized request",
      reason: "log volume is the log platform's to cap; each line is short and carries no personal data",
    },
  ],
};
