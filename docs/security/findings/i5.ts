import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// I-5 (Info) in the security review of 4 December 2026.
export const i5: Finding = {
  id: "I-5",
  title: "No limit on concurrent sessions and no list of your own sessions",
  severity: "Info",
  status: "open",
  fix: "Show each person their active sessions on the Account page, each with a way to end it (today only Sign out of all sessions).",
  tests: [...provedBy("tests/integration/admin/sessions.test.ts", "signs out of every session on every device")],
};
