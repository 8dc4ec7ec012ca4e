"use server";

import { redirect } from "next/navigation";
import { defaultDeps, renewDraft, submitJourney, submitStep } from "@/lib/referrals";
import { firstStepPath } from "@/lib/referrals/flow";
import type { FormState } from "@/lib/forms/form-state";
import { getJourney, journeys } from "@/lib/referrals/journeys/registry";
import { chooseJourneySchema } from "@/lib/referrals/journeys/choose-journey";
import { answersDeletedPath } from "@/lib/referrals/privacy-paths";
import { secondsLeft } from "@/lib/referrals/draft-timeout";
import { formAction } from "@/lib/forms/action";
import { logFailure } from "@/lib/referrals/log-failure";
import { clientAddress, draftToken, finishJourney, forgetDraft, setDraftToken } from "./request";

// Server actions for every journey. A question page and the check page are each read and checked
// by lib/forms `formAction` inside lib/referrals (submitStep, submitJourney); what comes back is the
// state the form re-renders with, or a move this file finishes: the draft cookies, then redirect().
// redirect() is called outside any try block.

export async function saveStep(
  journeySlug: string,
  stepId: string,
  returnToCheck: boolean,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const journey = getJourney(String(journeySlug));
  if (!journey) return { status: "refused", message: "This form does not exist.", values: {} };
  const result = await submitStep(
    {
      journey,
      stepId: String(stepId),
      form,
      draftToken: await draftToken(journey),
      client: await clientAddress(),
      returnToCheck: returnToCheck === true,
    },
    defaultDeps(),
  );
  if (!("redirect" in result)) return result;
  if (result.forgetDraft) await forgetDraft(journey);
  if (result.draftToken) await setDraftToken(journey, result.draftToken);
  // Moved from the adult form: the young person's form finds the same draft through its own cookie.
  const movedTo = result.movedTo ? getJourney(result.movedTo) : undefined;
  if (result.draftToken && movedTo) await setDraftToken(movedTo, result.draftToken);
  redirect(result.redirect);
}

export async function sendJourney(journeySlug: string, _state: FormState, form: FormData): Promise<FormState> {
  const journey = getJourney(String(journeySlug));
  if (!journey) return { status: "refused", message: "This form does not exist.", values: {} };
  const result = await submitJourney(
    { journey, form, draftToken: await draftToken(journey), client: await clientAddress() },
    defaultDeps(),
  );
  if (!("redirect" in result)) return result;
  if (result.forgetDraft) await forgetDraft(journey);
  if (result.reference) await finishJourney(journey, result.reference, result.sent);
  redirect(result.redirect);
}

/**
 * "Continue" in the timeout warning: the draft gets another full period. Returns the seconds it
 * now has, or 0 when it had already gone (the page then reloads to say so).
 */
export async function keepDraft(journeySlug: string): Promise<number> {
  const journey = getJourney(String(journeySlug));
  if (!journey) return 0;
  try {
    const expiresAt = await renewDraft(await draftToken(journey));
    return expiresAt ? secondsLeft(expiresAt, new Date()) : 0;
  } catch {
    return 0;
  }
}

/** "Yes, delete my answers": the draft row and its cookie go, then the page that says so. */
export async function deleteAnswers(journeySlug: string): Promise<void> {
  const journey = getJourney(String(journeySlug));
  if (!journey) redirect("/refer");
  try {
    await forgetDraft(journey);
  } catch (error) {
    // The database is down: the cookie is already gone, so the answers are out of reach, and they time out.
    await logFailure(`deleting a ${journey.slug} draft`, error);
  }
  redirect(answersDeletedPath(journey, "asked"));
}

export const chooseJourney = formAction(chooseJourneySchema, async ({ who }) => {
  redirect(firstStepPath(journeys[who]));
});
