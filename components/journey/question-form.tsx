"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { useForm, useWatch, type FieldErrors } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { FormNotice, type ServiceContact } from "@/components/forms/form-notice";
import { Honeypot } from "@/components/forms/honeypot";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { fieldAnchor } from "@/lib/referrals/fields";
import { idleState, type FormState } from "@/lib/referrals/form-state";
import { getJourney, getQuestionStep } from "@/lib/referrals/journeys/registry";

export interface QuestionFormProps {
  journeySlug: string;
  stepId: string;
  /** Answers saved in the draft for this page. */
  saved: Record<string, unknown>;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  contact: ServiceContact;
}

/**
 * One question page. Without JavaScript it is a plain form post to a server action that
 * re-renders with errors and the entered values. With JavaScript, react-hook-form checks the
 * same zod schema first, so most mistakes are shown without a round trip.
 */
const RISK_STEPS = ["risk", "risk-soon", "safety"];

export function QuestionForm({ journeySlug, stepId, saved, action, contact }: QuestionFormProps) {
  const step = getQuestionStep(getJourney(journeySlug)!, stepId)!;
  const [state, formAction, pending] = useActionState(action, idleState);
  const values = state.status === "idle" ? saved : state.values;
  const { register, handleSubmit, control, formState } = useForm<Record<string, unknown>>({
    resolver: zodResolver(step.schema as never) as never,
    defaultValues: values,
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const clientErrors = formState.errors;
  const serverErrors = state.status === "invalid" ? state.errors : {};
  const errorFor = (name: string) => messageOf(clientErrors, name) ?? serverErrors[name]?.[0];
  const summary = step.fields.flatMap((f) => (errorFor(f.name) ? [{ href: fieldAnchor(f), text: errorFor(f.name)! }] : []));
  // Any "yes" or "not sure" on a risk page shows the crisis lines at once, before Continue.
  const watched = useWatch({ control }) as Record<string, unknown>;
  const atRisk = RISK_STEPS.includes(step.id) && Object.values(watched ?? {}).some((v) => v === "yes" || v === "not-sure");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setAttempt((n) => n + 1);
    void handleSubmit(() => {
      const data = new FormData(formRef.current!);
      startTransition(() => formAction(data));
    })(event);
  };

  const single = step.fields.length === 1 && step.fields[0]!.kind !== "date" && "inline" in step.fields[0]! && step.fields[0]!.inline;
  return (
    <>
      <ErrorSummary items={summary} focusKey={`${attempt}:${state.status}`} />
      <FormNotice state={state} contact={contact} />
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
        {!single && <h1 className="nhsuk-heading-l">{step.title}</h1>}
        {step.intro?.map((p) => <p key={p}>{p}</p>)}
        {step.fields.map((field) => (
          <Field key={field.name} field={field} error={errorFor(field.name)} value={values[field.name]} register={register} asHeading={Boolean(single)} />
        ))}
        {/* A live region that is always there, so screen readers announce the help when it appears. */}
        <div aria-live="polite">{atRisk && <CrisisGuidance headingLevel={2} heading="Get help now" />}</div>
        <Honeypot />
        <button className="nhsuk-button" type="submit" disabled={pending} data-prevent-double-click="true">
          Continue
        </button>
      </form>
    </>
  );
}

// A date's own message, or the first of its parts' messages.
function messageOf(errors: FieldErrors, name: string): string | undefined {
  const error = errors[name] as Record<string, unknown> | undefined;
  if (!error) return undefined;
  if (typeof error.message === "string") return error.message;
  for (const part of Object.values(error)) {
    const message = (part as { message?: unknown } | null)?.message;
    if (typeof message === "string") return message;
  }
  return undefined;
}
