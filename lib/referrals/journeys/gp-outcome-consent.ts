import { z } from "zod";
import { choice, optionalEmail } from "../validation";

// Issue 17: a professional's referral may have its outcome sent to the person's GP practice too,
// but only when the person agreed to it. Both questions are optional (a referrer may not know);
// without a "Yes" and an address nothing goes to the practice (lib/referrals/outcome-job.ts).
// The wording awaits the clinical lead's review.

export const GP_OUTCOME_ASKED = "Does the person agree to us telling their GP practice the outcome? (optional)";
const ENTER_EMAIL = "Enter the GP practice's email address, or select no";

export const gpOutcomeFields = [
  {
    name: "gpMayHearOutcome" as const,
    kind: "radios" as const,
    label: GP_OUTCOME_ASKED,
    hint: "When we accept, signpost or decline the referral, we can email the practice the reference and the outcome.",
    options: [
      { value: "yes", label: "Yes, they agree" },
      { value: "no", label: "No" },
    ],
  },
  {
    name: "gpPracticeEmail" as const,
    kind: "email" as const,
    label: "GP practice email address",
    hint: "Use a secure address, such as one ending in nhs.net",
    autoComplete: "off",
    spellCheck: false,
    showWhen: { name: "gpMayHearOutcome" as const, values: ["yes"] },
  },
];

export const gpOutcomeShape = {
  gpMayHearOutcome: z.preprocess(
    (v) => (v === null || v === "" ? undefined : v),
    choice(["yes", "no"], "Select yes if the person agrees to us telling their GP practice").optional(),
  ),
  gpPracticeEmail: optionalEmail,
};

/** A "Yes" needs the address; after "No" an address typed earlier is ignored by every reader. */
export function requireGpPracticeEmail(v: Record<string, unknown>, ctx: z.RefinementCtx) {
  // Stryker disable next-line MethodExpression: equivalent, the page's schema (optionalEmail) has already trimmed the address
  if (v.gpMayHearOutcome === "yes" && !String(v.gpPracticeEmail ?? "").trim())
    ctx.addIssue({ code: "custom", path: ["gpPracticeEmail"], message: ENTER_EMAIL });
}

/** Where the copy of the outcome goes: the practice's address, only when the person agreed. */
export function gpOutcomeAddress(where: Record<string, unknown> | undefined): string | null {
  if (where?.gpMayHearOutcome !== "yes") return null;
  const to = typeof where.gpPracticeEmail === "string" ? where.gpPracticeEmail.trim() : "";
  return to || null;
}
