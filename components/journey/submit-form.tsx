"use client";

import { useActionState } from "react";
import { ProblemNotice, type ServiceContact } from "@/components/forms/problem-notice";
import { Honeypot } from "@/components/forms/honeypot";
import { IDEMPOTENCY_FIELD } from "@/lib/forms/read-form";
import { idleState, type FormState } from "@/lib/forms/form-state";

export interface SubmitFormProps {
  /** One key per form: a double click, a refresh or a retry of this post makes one referral. */
  idempotencyKey: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  contact: ServiceContact;
  buttonText: string;
}

export function SubmitForm({ idempotencyKey, action, contact, buttonText }: SubmitFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <>
      <ProblemNotice state={state} contact={contact} />
      <form action={formAction}>
        <input type="hidden" name={IDEMPOTENCY_FIELD} value={idempotencyKey} />
        <Honeypot />
        <button className="nhsuk-button" type="submit" disabled={pending}>
          {buttonText}
        </button>
      </form>
    </>
  );
}
