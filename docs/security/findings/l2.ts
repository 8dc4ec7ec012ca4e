import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-2 (Low) in the security review of 4 December 2026.
export const l2: Finding = {
  id: "L-2",
  title: "Search terms that identify a patient travel in URLs",
  severity: "Low",
  status: "closed",
  fix: "The inbox search is posted and kept as a short-lived saved search for the person who made it, so its URL carries a random id and never the words.",
  tests: [
    ...provedBy(
      "tests/integration/admin/search-words-stay-out-of-urls.test.ts",
      "sends the person to the inbox with the other filters and a random id, never the words",
      "gives a search's words only to the person who searched, and only for a working day",
      "takes the inbox's words only from the saved search, never from words typed into the address",
    ),
    ...provedBy(
      "tests/unit/security-headers.test.ts",
      "sends no referrer to other sites, and only this site's own to itself (L-2)",
    ),
    ...provedBy(
      "tests/integration/admin/audit-completeness.test.ts",
      "records that a search was made, but never the words searched",
    ),
  ],
  notDone: [
    {
      what: "Referrer-Policy: no-referrer on the dashboard (the site sends same-origin everywhere)",
      reason:
        "with no-referrer, browsers send Origin: null on a no-JavaScript form post, which the proxy must refuse, so every server action would fail; same-origin sends nothing to other sites, and the dashboard's URLs now hold only ids",
    },
  ],
};
