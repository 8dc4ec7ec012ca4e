"use server";

import { createHash } from "node:crypto";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { defaultDeps } from "@/lib/referrals";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { saveForLater } from "@/lib/referrals/return-links";
import { saveForLaterPath, saveForLaterSchema } from "@/lib/referrals/save-for-later-form";
import { clientAddress, draftToken } from "./request";

/**
 * "Send me a link": keeps this browser's draft for 7 days and queues the email. Limited per network
 * address and per email address (the existing limiter), so the form cannot be used to flood an inbox.
 */
export async function sendReturnLink(journeySlug: string, previous: FormState, form: FormData): Promise<FormState> {
  const run = formAction(saveForLaterSchema, async ({ email }) => {
    const journey = getJourney(String(journeySlug), "refer");
    if (!journey) return { message: "This form does not exist." };
    const deps = defaultDeps();
    // The address is counted by its hash: the limiter's table never holds it.
    const addressKey = `return-link:${createHash("sha256").update(email.toLowerCase()).digest("hex")}`;
    if (
      !(await deps.limiter.consume("form", await clientAddress())) ||
      !(await deps.limiter.consume("submission", addressKey))
    )
      return { message: "We have sent several links in the last hour. Please wait an hour, or call us." };
    const saved = await saveForLater(deps.db, await deps.queue(), await draftToken(journey), journey, email);
    if (!saved.ok)
      return {
        message:
          "We could not find your answers on this device. They may have been deleted because nothing happened on the form for a while. Start the form again, or call us.",
      };
    redirect(`${saveForLaterPath(journey)}?sent=${Date.now().toString(36)}`);
  });
  return run(previous, form);
}
