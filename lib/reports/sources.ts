import type { ReportRow } from "./rows";

export const SOURCES = ["self", "parent", "gp", "other-professional", "professional-unknown"] as const;
export type Source = (typeof SOURCES)[number];

export const SOURCE_LABELS: Record<Source, string> = {
  self: "The person themselves",
  parent: "A parent or carer",
  gp: "A GP",
  "other-professional": "Another professional",
  "professional-unknown": "A professional (role no longer held)",
};

// "GP", "G.P.", "GPwSI", "GP registrar", "general practitioner", "family doctor": GP as a word of
// its own, so a role that merely contains the letters ("shopkeeper") does not count.
const GP_ROLE = /\bg\.?\s?p(s|wsi)?\b|general\s+practi(tioner|ce)|family\s+doctor/i;

/**
 * Who referred. The form asks a professional their role in their own words (it offers "GP" as
 * the first example), so a GP is told from other professionals by that answer. Anonymisation
 * clears the answers; such a referral is counted as a professional whose role is no longer held.
 */
export function sourceOf(row: Pick<ReportRow, "journey" | "referrerRole">): Source {
  switch (row.journey) {
    case "YOUNG_PERSON_SELF":
    case "ADULT_SELF":
      return "self";
    case "PARENT_CARER":
      return "parent";
    default:
      if (!row.referrerRole?.trim()) return "professional-unknown";
      return GP_ROLE.test(row.referrerRole) ? "gp" : "other-professional";
  }
}
