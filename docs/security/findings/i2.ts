import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// I-2 (Info) in the security review of 4 December 2026.
export const i2: Finding = {
  id: "I-2",
  title: "Body limits work, including for chunked bodies",
  severity: "Info",
  status: "closed",
  fix: "The 64 KB limit still holds, and a no-JavaScript action post the proxy cannot read, or whose action fields were tampered with, gets a 400 with a message.",
  tests: [
    ...provedBy("tests/e2e/keyboard-and-origin.spec.ts", "a post larger than the limit gets 413"),
    ...provedBy("tests/unit/origin-check.test.ts", "refuses bodies declared larger than the limit"),
    ...provedBy(
      "tests/unit/action-form.test.ts",
      "refuses %s",
      "refuses a tampered form whose action is named by text, not a number: %s",
      "checks only multipart posts made without JavaScript",
    ),
    ...provedBy(
      "tests/e2e/hostile-posts-http.spec.ts",
      "a tampered action reference named by text, not a number, gets a 400, not a 5xx",
    ),
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
    {
      what: "A 400 instead of Next.js's 500 for a junk body sent as a JavaScript action (Next-Action header)",
      reason:
        "Next.js decodes those bodies itself and the proxy does not read them; not re-checked in this pass, so the review's 500 may still stand",
    },
  ],
};
