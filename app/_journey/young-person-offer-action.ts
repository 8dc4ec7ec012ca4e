"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { defaultDeps } from "@/lib/referrals";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { offerLink } from "@/lib/young-person/links";
import {
  OFFERS_PER_HOUR,
  offerSchema,
  offerableReferral,
  recentOffers,
  sameAsReferrer,
} from "@/lib/young-person/offer";
import { clientAddress, finishedReferral } from "./request";

/**
 * "Send them a private link": the referral is the one this browser just sent (the confirmation
 * cookie), never a field in the form. Offering again replaces an unused link.
 */
export async function offerYoungPersonLink(
  journeySlug: string,
  previous: FormState,
  form: FormData,
): Promise<FormState> {
  const run = formAction(offerSchema, async (input) => {
    const journey = getJourney(String(journeySlug), "refer");
    const finished = journey && (await finishedReferral(journey.slug));
    const deps = defaultDeps();
    const referral = finished ? await offerableReferral(deps.db, finished.reference) : null;
    if (!journey || !referral)
      return {
        message: "We could not find your referral on this device. Please call us to add their contact details.",
      };
    const clash = sameAsReferrer(input, referral);
    if (clash)
      return {
        errors: {
          [clash]: [
            clash === "youngPersonEmail"
              ? "This is the email address you gave for yourself. Enter the young person's own email, so their answers stay private"
              : "This is the phone number you gave for yourself. Enter the young person's own mobile number, so their answers stay private",
          ],
        },
      };
    if (
      !(await deps.limiter.consume("form", await clientAddress())) ||
      (await recentOffers(deps.db, referral.id)) >= OFFERS_PER_HOUR
    )
      return { message: "You have sent a link several times in the last hour. Please wait an hour, or call us." };
    await offerLink(deps.db, await deps.queue(), referral.id, {
      email: input.youngPersonEmail || undefined,
      phone: input.youngPersonPhone || undefined,
    });
    // A new query each time: a redirect that differs from the current address only in its #fragment
    // is treated by the client router as a scroll, and the page would not show the new state.
    redirect(`/refer/${journey.slug}/confirmation?offered=${Date.now().toString(36)}#young-person`);
  });
  return run(previous, form);
}
