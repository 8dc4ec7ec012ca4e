import type { Finding } from "../finding-schema";
import { provedBy } from "./proved-by";

// L-6 (Low) in the security review of 4 December 2026.
export const l6: Finding = {
  id: "L-6",
  title: "The CSV formula-injection guard is incomplete for spreadsheets that split on semicolons",
  severity: "Low",
  status: "closed",
  fix: "Every CSV cell is quoted, and a cell holding a separator followed by = + - or @ is defused like one that starts with them.",
  tests: [
    ...provedBy(
      "tests/unit/admin/csv.test.ts",
      "defuses %j, which a spreadsheet splitting on ; or , would run as a formula (L-6)",
      "prefixes %j with an apostrophe so it is text, not a formula",
    ),
  ],
};
