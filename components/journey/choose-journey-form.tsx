"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices } from "@/components/forms/choices";
import type { ChoiceField } from "@/lib/forms/fields";
import { idleState, type FormState } from "@/lib/forms/form-state";

export const whoField: ChoiceField = {
  name: "who",
  kind: "radios",
  label: "Who is this referral for?",
  options: [
    { value: "young-person", label: "Me, and I am a young person (about 12 to 18)" },
    { value: "adult", label: "Me, and I am an adult (18 or over)" },
    { value: "parent-carer", label: "My child or a young person I care for" },
    { value: "professional", label: "A patient or client: I am a GP or other professional" },
  ],
};

/** The start page's one question; it leads to the journey written for that reader. */
export function ChooseJourneyForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, idleState);
  const error = state.status === "invalid" ? state.errors.who?.[0] : undefined;
  return (
    <>
      <ErrorSummary items={error ? [{ href: "who", text: error }] : []} focusKey={JSON.stringify(state)} />
      <form action={formAction}>
        <Choices field={whoField} error={error} value={state.status === "invalid" ? state.values.who : undefined} asHeading />
        <button className="nhsuk-button" type="submit">
          Continue
        </button>
      </form>
    </>
  );
}
