"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress, draftCookieOptions } from "@/app/_journey/request";
import { getAuthSecret } from "@/lib/auth/secret";
import { formAction, type Refusal } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { log } from "@/lib/log";
import { makePass, PASS_MINUTES, progress } from "@/lib/progress";
import { PASS_COOKIE } from "@/lib/progress/cookie";
import { progressFields, progressSchema } from "@/lib/progress/form";
import { toDate } from "@/lib/referrals/date-of-birth";

// One message for every wrong combination: it never says which of the two was wrong.
const NO_MATCH = "We could not find a referral with that reference and date of birth. Check both and try again.";
const LIMITED = "There have been too many tries. Wait an hour, then try again.";
const DOWN = "Sorry, we cannot check progress right now. Try again in a few minutes.";

/**
 * Checks the pair and, when it matches, leaves a signed pass in an HttpOnly cookie and sends the
 * browser to the results page: the date of birth never appears in a URL.
 */
export async function checkProgressAction(previous: FormState, form: FormData): Promise<FormState> {
  const run = formAction(
    progressSchema,
    async (input): Promise<Refusal | void> => {
      let referralId: string;
      try {
        const client = await clientAddress();
        const result = await progress.check({
          reference: input.reference,
          dateOfBirth: toDate(input.dateOfBirth)!,
          client,
        });
        if (!result.ok) return { message: result.reason === "limited" ? LIMITED : NO_MATCH };
        referralId = result.referralId;
      } catch (error) {
        log.error({ event: "progress.check-failed", errorName: (error as Error)?.name ?? "Error" });
        return { message: DOWN };
      }
      (await cookies()).set(PASS_COOKIE, makePass(referralId, getAuthSecret()), {
        ...draftCookieOptions(),
        path: "/check-progress",
        maxAge: PASS_MINUTES * 60,
      });
      redirect("/check-progress/result");
    },
    { fields: progressFields },
  );
  return run(previous, form);
}

/** "Forget this check": on a shared device, the results page stops showing at once. */
export async function forgetProgressAction(): Promise<void> {
  (await cookies()).delete({ name: PASS_COOKIE, path: "/check-progress" });
  redirect("/check-progress");
}
