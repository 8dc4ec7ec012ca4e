import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// I-1 (Info) in the security review of 4 December 2026.
export const i1: Finding = {
  id: "I-1",
  title: "The proxy's Origin check trusts the client's X-Forwarded-Host and X-Forwarded-Proto",
  severity: "Info",
  status: "closed",
  fix: "The origin a post was addressed to is APP_URL's when set, and X-Forwarded-Host and -Proto are read only when TRUSTED_PROXY_HOPS is above 0.",
  tests: [
    ...provedBy(
      "tests/unit/origin-check.test.ts",
      "is APP_URL's when it is set, whatever forwarded headers a client adds",
      "ignores X-Forwarded-Host and -Proto unless a proxy of ours is trusted to set them",
    ),
  ],
};
