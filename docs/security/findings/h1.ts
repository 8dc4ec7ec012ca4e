import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// H-1 (High) in the security review of 4 December 2026.
export const h1: Finding = {
  id: "H-1",
  title: "The client picks its own IP address, so every per-IP control can be bypassed",
  severity: "High",
  status: "closed",
  fix: "One helper (lib/security/client-ip.ts) takes the client address from TRUSTED_PROXY_HOPS trusted proxies, by default 0 (the socket address, which our own web server writes into a header it overwrites on every request), and every per-IP control and the audit log use it.",
  tests: [
    ...provedBy(
      "tests/integration/security/client-address-header.test.ts",
      "is the socket address whatever X-Forwarded-For the client sends",
      "cannot be set by sending our own header",
    ),
    ...provedBy(
      "tests/integration/security/forged-forwarded-for.test.ts",
      "counts one socket address however many addresses the client claims",
    ),
    ...provedBy(
      "tests/integration/admin/lockout.test.ts",
      "ignores forged X-Forwarded-For headers: one socket address is paused however many it claims (H-1)",
    ),
    ...provedBy("tests/unit/client-ip.test.ts", "counts hops from the right behind a CDN and a load balancer"),
  ],
  notDone: [
    {
      what: "Refusing to start with HOST=0.0.0.0 unless TRUSTED_PROXY_HOPS is set",
      reason:
        "with 0 hops the socket address is used whatever HOST is, so nothing can be forged; behind a proxy with 0 hops every client shares the proxy's address (one limit for all, never a bypass), and the README's deployment section says to set the hops",
    },
    {
      what: "A proof-of-work or CAPTCHA after N submissions",
      reason:
        "a submission over the limit is held for staff, never dropped (hazard H13), and a CAPTCHA would block people in crisis and screen-reader users",
    },
  ],
};
