import type { Database } from "@/lib/db";

// H07: parent, GP and young person may all refer the same person, or someone resends after hearing
// nothing. A new referral is matched with those of the year before by NHS number, by name with date
// of birth, or by date of birth with phone or email. A shared name alone never matches: different
// people have the same name.

export const DUPLICATE_RULES = {
  "nhs-number": "Same NHS number",
  "name-and-date-of-birth": "Same name and date of birth",
  "date-of-birth-and-phone": "Same date of birth and phone number",
  "date-of-birth-and-email": "Same date of birth and email address",
} as const;
export type DuplicateRule = keyof typeof DUPLICATE_RULES;

export const LOOK_BACK_DAYS = 365;

export interface MatchableReferral {
  id: string;
  createdAt: Date;
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: Date | null;
  nhsNumber: string | null;
  phone: string | null;
  email: string | null;
}

const squash = (v: string | null) => (v ? v.toLowerCase().replace(/\s+/g, " ").trim() : "");
const nameOf = (r: MatchableReferral) =>
  r.givenName && r.familyName ? `${squash(r.givenName)} ${squash(r.familyName)}` : "";
// "+44 7700 900982" and "07700900982" are one number.
const phoneOf = (r: MatchableReferral) => (r.phone ?? "").replace(/\D/g, "").replace(/^44/, "0");
const emailOf = (r: MatchableReferral) => squash(r.email).replace(/\s/g, "");

/** The strongest rule by which two referrals look like the same person, or null. */
export function duplicateRule(a: MatchableReferral, b: MatchableReferral): DuplicateRule | null {
  if (a.nhsNumber && a.nhsNumber === b.nhsNumber) return "nhs-number";
  if (!a.dateOfBirth || !b.dateOfBirth || a.dateOfBirth.getTime() !== b.dateOfBirth.getTime()) return null;
  if (nameOf(a) && nameOf(a) === nameOf(b)) return "name-and-date-of-birth";
  if (phoneOf(a).length >= 6 && phoneOf(a) === phoneOf(b)) return "date-of-birth-and-phone";
  if (emailOf(a) && emailOf(a) === emailOf(b)) return "date-of-birth-and-email";
  return null;
}

export const MATCHABLE_SELECT = {
  id: true,
  createdAt: true,
  givenName: true,
  familyName: true,
  dateOfBirth: true,
  nhsNumber: true,
  phone: true,
  email: true,
} as const;

/**
 * Records each referral from the year before that looks like the same person as this new one.
 * Two indexed look-ups (NHS number, date of birth), then the rules above on the few candidates.
 * Call inside the transaction that creates the referral, so the match is there when staff look.
 */
export async function recordPossibleDuplicates(
  db: Pick<Database, "referral" | "referralMatch">,
  referralId: string,
): Promise<number> {
  const fresh = await db.referral.findUnique({ where: { id: referralId }, select: MATCHABLE_SELECT });
  if (!fresh || (!fresh.nhsNumber && !fresh.dateOfBirth)) return 0;
  const since = new Date(fresh.createdAt.getTime() - LOOK_BACK_DAYS * 86_400_000);
  const candidates = await db.referral.findMany({
    where: {
      id: { not: fresh.id },
      createdAt: { gte: since, lte: fresh.createdAt },
      anonymisedAt: null,
      OR: [
        ...(fresh.nhsNumber ? [{ nhsNumber: fresh.nhsNumber }] : []),
        ...(fresh.dateOfBirth ? [{ dateOfBirth: fresh.dateOfBirth }] : []),
      ],
    },
    select: MATCHABLE_SELECT,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const matches = candidates.flatMap((older) => {
    const rule = duplicateRule(fresh, older);
    return rule ? [{ referralId: fresh.id, matchedId: older.id, rule }] : [];
  });
  if (!matches.length) return 0;
  const { count } = await db.referralMatch.createMany({ data: matches, skipDuplicates: true });
  return count;
}
