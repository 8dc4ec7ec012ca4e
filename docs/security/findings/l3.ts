import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-3 (Low) in the security review of 4 December 2026.
export const l3: Finding = {
  id: "L-3",
  title: "Outbound TLS is not enforced, for SMTP and for the database",
  severity: "Low",
  status: "closed",
  fix: "SMTP requires STARTTLS unless the URL is smtps:// or SMTP_ALLOW_PLAINTEXT is set for a server on this machine, and production refuses a database URL for another host without sslmode.",
  tests: [
    ...provedBy(
      "tests/integration/mail-files.test.ts",
      "is refused for a mail server that is not on this machine",
      "is not used unless allowed: a server that offers no STARTTLS gets nothing",
    ),
    ...provedBy(
      "tests/unit/config.test.ts",
      "refuses a database on another host without TLS, and accepts it with sslmode",
    ),
  ],
  notDone: [
    {
      what: "Requiring sslmode=verify-full rather than any TLS mode",
      reason:
        "require and verify-ca are accepted too, so a deployment without the server's CA at hand is still encrypted; the README recommends verify-full",
    },
  ],
};
