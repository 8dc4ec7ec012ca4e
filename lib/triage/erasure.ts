import { z } from "zod";

/**
 * Why a record is erased: a fixed choice, because the audit log that keeps the reason can never
 * be changed, and free text invites "Erasure request from <name>, NHS <number>" (review M-3).
 */
export const ERASURE_REASONS = {
  "person-asked": "The person asked us to erase their information",
  duplicate: "A duplicate of another referral",
  "sent-in-error": "Sent in error, or about the wrong person",
  spam: "Spam or a test",
} as const;

export type ErasureReason = keyof typeof ERASURE_REASONS;

export const erasureReason = z.enum(Object.keys(ERASURE_REASONS) as [ErasureReason, ...ErasureReason[]], {
  error: "Select why this record is being erased",
});

/**
 * The information governance team's own case number, so the request can be traced without a name:
 * letters, digits, "-" and "/" only, and never a run of 10 digits (an NHS number) or an address.
 */
export const erasureCaseReference = z
  .string()
  .trim()
  .max(30, { error: "Case number must be 30 characters or fewer" })
  .regex(/^[A-Za-z0-9/-]*$/, { error: "Case number can only include letters, numbers, hyphens and slashes" })
  .refine((value) => !/\d{10}/.test(value.replace(/[/-]/g, "")), {
    error: "Case number must not be an NHS number",
  })
  .transform((value) => value || undefined);

export interface Erasure {
  reason: ErasureReason;
  caseReference?: string;
}
