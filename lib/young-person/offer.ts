import "server-only";
import { z } from "zod";
import type { Database } from "@/lib/db";
import { ageOn } from "@/lib/referrals/age";
import { optionalEmail, optionalPhone } from "@/lib/referrals/validation";

/** The ages a private link is offered for: Gillick-competent age onwards, until 18. */
export const OFFER_FROM_AGE = 12;
export const OFFER_UNTIL_AGE = 18;
/** Offers per referral per hour: enough to correct a typo, too few to use us to message someone. */
export const OFFERS_PER_HOUR = 3;

export const offerSchema = z
  .strictObject({ youngPersonEmail: optionalEmail, youngPersonPhone: optionalPhone })
  .refine((v) => Boolean(v.youngPersonEmail || v.youngPersonPhone), {
    message: "Enter their email address or mobile phone number",
    path: ["youngPersonEmail"],
  });

export type OfferInput = z.infer<typeof offerSchema>;

/** The referral a link may be offered for: a parent's or professional's, about someone aged 12 to 17. */
export async function offerableReferral(db: Database, reference: string, now = new Date()) {
  const row = await db.referral.findUnique({
    where: { reference },
    select: {
      id: true,
      journey: true,
      dateOfBirth: true,
      email: true,
      phone: true,
      youngPersonView: { select: { email: true, phone: true, answeredAt: true, expiresAt: true } },
    },
  });
  if (!row || !row.dateOfBirth || (row.journey !== "PARENT_CARER" && row.journey !== "PROFESSIONAL")) return null;
  const age = ageOn(row.dateOfBirth, now);
  return age >= OFFER_FROM_AGE && age < OFFER_UNTIL_AGE ? row : null;
}

const digits = (phone: string | null | undefined) => (phone ?? "").replace(/\D/g, "").replace(/^44/, "0");

/**
 * The young person's answers are private only if the link reaches them, not the person referring:
 * the referrer's own email or phone is refused, kindly.
 */
export function sameAsReferrer(input: OfferInput, referral: { email: string | null; phone: string | null }) {
  if (input.youngPersonEmail && input.youngPersonEmail.toLowerCase() === referral.email?.toLowerCase())
    return "youngPersonEmail";
  if (input.youngPersonPhone && referral.phone && digits(input.youngPersonPhone) === digits(referral.phone))
    return "youngPersonPhone";
  return null;
}

/** How many links were offered for this referral in the last hour (from the audit log). */
export async function recentOffers(db: Database, referralId: string, now = new Date()) {
  return db.auditEvent.count({
    where: {
      action: "young_person.link_offered",
      target: referralId,
      createdAt: { gt: new Date(now.getTime() - 3_600_000) },
    },
  });
}
