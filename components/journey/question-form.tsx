"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { CrisisSignpost } from "@/components/crisis/crisis-signpost";
import { ServerForm } from "@/components/forms/server-form";
import type { ServiceContact } from "@/components/forms/problem-notice";
import type { FormActionFn } from "@/lib/forms/action";
import type { FormValues } from "@/lib/forms/form-state";
import { getJourney, getQuestionStep } from "@/lib/referrals/journeys/registry";

const RISK_STEPS = ["risk", "risk-soon", "safety"];

export interface QuestionFormProps {
  journeySlug: string;
  stepId: string;
  /** Answers saved in the draft for this page. */
  saved: FormValues;
  action: FormActionFn;
  contact: ServiceContact;
  /** The page was opened before a deploy and its post came back: say so above the saved answers. */
  outOfDate?: boolean;
  /** A referral form: "Save and come back later" keeps this page as typed, then asks where to send the link. */
  canSaveForLater?: boolean;
}

/**
 * One question page. Without JavaScript it is a plain form post to a server action that
 * re-renders with errors and the entered values. With JavaScript, react-hook-form checks the
 * same zod schema first, so most mistakes are shown without a round trip.
 */
export function QuestionForm({
  journeySlug,
  stepId,
  saved,
  action,
  contact,
  outOfDate,
  canSaveForLater,
}: QuestionFormProps) {
  // Looked up here, in the browser: a zod schema cannot be passed from a server component.
  const step = getQuestionStep(getJourney(journeySlug)!, stepId)!;
  const only = step.fields.length === 1 ? step.fields[0]! : null;
  const resolver = useMemo(() => zodResolver(step.schema), [step.schema]);
  const single = Boolean(only && (only.kind === "radios" || only.kind === "checkboxes") && only.inline);
  const revealOn =
    step.reveal ??
    (RISK_STEPS.includes(step.id) && only ? { name: only.name, values: ["yes", "not-sure"] } : undefined);
  return (
    <ServerForm
      action={action}
      fields={step.fields}
      resolver={resolver}
      initialValues={saved}
      initialState={outOfDate ? { status: "out-of-date", values: saved } : undefined}
      contact={contact}
      honeypot
      asHeading={single}
      submitLabel="Continue"
      saveForLater={canSaveForLater}
      // Any "yes" or "not sure" on a risk page, or a measure's risk item above zero (PHQ-9 item 9),
      // shows the crisis lines at once, before Continue.
      reveal={
        revealOn
          ? {
              ...revealOn,
              content: (
                <CrisisGuidance
                  nation={contact.nation}
                  audience={contact.audience}
                  headingLevel={2}
                  heading="Get help now"
                />
              ),
            }
          : undefined
      }
    >
      {!single && <h1 className="nhsuk-heading-l">{step.title}</h1>}
      {step.intro?.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {step.signpostCrisis && <CrisisSignpost nation={contact.nation} />}
    </ServerForm>
  );
}
