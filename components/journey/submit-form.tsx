"use client";

import { useActionState } from "react";
import { FormNotice, type ServiceContact } from "@/components/forms/form-notice";
import { Honeypot } from "@/components/forms/honeypot";
import { IDEMPOTENCY_FIELD } from "@/lib/referrals/form-data";
import { idleState, type FormState } from "@/lib/referrals/form-state";

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
      <FormNotice state={state} contact={contact} />
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
