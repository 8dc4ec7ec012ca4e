import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-7 (Low) in the security review of 4 December 2026.
export const l7: Finding = {
  id: "L-7",
  title: "The static-page CSP fails open, and approves whatever inline script the build produced",
  severity: "Low",
  status: "closed",
  fix: "Without the build's hash file production allows same-origin scripts only, only Next.js's own bootstrap scripts are hashed (any other inline script fails the build), and content MDX is compiled without imports, exports, expressions or scripts.",
  tests: [
    ...provedBy("tests/unit/security-headers.test.ts", "fails closed in production: no inline scripts at all (L-7)"),
    ...provedBy(
      "tests/unit/inline-script-hashes.test.ts",
      "refuses to hash any other inline script, so the build fails instead of allowing it",
    ),
    ...provedBy(
      "tests/unit/static-page-hashes.test.ts",
      "fails the build naming the page that holds an inline script Next.js did not write",
    ),
    ...provedBy(
      "tests/unit/mdx-without-code.test.ts",
      "refuses %s, naming its line",
      "refuses code in a page the site renders, so the build fails",
      "compiles every page and course in content/ as it is today",
    ),
  ],
};
