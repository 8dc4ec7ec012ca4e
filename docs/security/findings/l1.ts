import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-1 (Low) in the security review of 4 December 2026.
export const l1: Finding = {
  id: "L-1",
  title: "Session tokens are stored in plain text in the database",
  severity: "Low",
  status: "closed",
  fix: "better-auth's adapter is wrapped so only the SHA-256 of each session token is stored, and a migration hashed the existing rows.",
  tests: [
    ...provedBy(
      "tests/integration/admin/sessions.test.ts",
      "keeps only a hash of each session token, so a copy of the database signs no one in (L-1)",
    ),
  ],
};
