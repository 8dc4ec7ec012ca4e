"use server";

import { redirect } from "next/navigation";
import { defaultDeps, submitJourney, submitStep, type Outcome } from "@/lib/referrals";
import { firstStepPath } from "@/lib/referrals/flow";
import type { FormState } from "@/lib/forms/form-state";
import { getJourney, journeys } from "@/lib/referrals/journeys/registry";
import { chooseJourneySchema } from "@/lib/referrals/journeys/choose-journey";
import { formAction } from "@/lib/forms/action";
import { clientAddress, draftToken, finishJourney, setDraftToken } from "./request";

// Server actions for every journey: each parses, calls lib/referrals, then redirects or returns
// the state the form re-renders with. redirect() is called outside any try block.

export async function saveStep(
  journeySlug: string,
  stepId: string,
  returnToCheck: boolean,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const journey = getJourney(String(journeySlug));
  if (!journey) return { status: "refused", message: "This form does not exist.", values: {} };
  const outcome = await submitStep(
    {
      journey,
      stepId: String(stepId),
      form,
      draftToken: await draftToken(),
      client: await clientAddress(),
      returnToCheck: returnToCheck === true,
    },
    defaultDeps(),
  );
  return follow(outcome, async (to, token) => {
    if (token) await setDraftToken(token);
    return to;
  });
}

export async function sendJourney(journeySlug: string, _state: FormState, form: FormData): Promise<FormState> {
  const journey = getJourney(String(journeySlug));
  if (!journey) return { status: "refused", message: "This form does not exist.", values: {} };
  const outcome = await submitJourney(
    { journey, form, draftToken: await draftToken(), client: await clientAddress() },
    defaultDeps(),
  );
  return follow(outcome, async (to, _token, reference) => {
    if (reference) await finishJourney(journey.slug, reference, outcome.kind === "redirect" ? outcome.sent : undefined);
    return to;
  });
}

export const chooseJourney = formAction(chooseJourneySchema, async ({ who }) => {
  redirect(firstStepPath(journeys[who]));
});

async function follow(
  outcome: Outcome,
  onRedirect: (to: string, token?: string, reference?: string) => Promise<string>,
): Promise<FormState> {
  if (outcome.kind === "state") return outcome.state;
  redirect(await onRedirect(outcome.to, outcome.draftToken, outcome.reference));
}
