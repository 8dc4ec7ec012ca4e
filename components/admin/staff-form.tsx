"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionState } from "@/lib/auth/action";
import { ErrorSummary } from "./error-summary";
import { SelectField, SubmitButton, TextArea, TextField } from "./fields";
import { RadiosField } from "./radios-field";

export type FieldSpec =
  | { kind: "text" | "email" | "password"; name: string; label: string; hint?: string; autoComplete?: string; inputMode?: "numeric"; width?: "10" | "20" | "30"; defaultValue?: string }
  | { kind: "textarea"; name: string; label: string; hint?: string; defaultValue?: string }
  | { kind: "select"; name: string; label: string; hint?: string; options: { value: string; label: string }[]; defaultValue?: string }
  | { kind: "radios"; name: string; label: string; hint?: string; options: { value: string; label: string; hint?: string }[]; defaultValue?: string };

export interface StaffFormProps {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  submitLabel: string;
  hidden?: Record<string, string>;
  variant?: "secondary" | "warning";
  /** Set when the form is one of several on a page, so error summaries do not clash. */
  id?: string;
}

/**
 * A server-rendered NHS form for a staff action. It posts to a server action, so it works with
 * JavaScript off; errors come back all at once with the typed values kept.
 */
export function StaffForm({ action, fields, submitLabel, hidden = {}, variant, id }: StaffFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  // With JavaScript, submit in a transition ourselves: React would otherwise reset the form after
  // the action, clearing what was typed when the answer is "fix these errors". Without
  // JavaScript the form posts to the same action and the page comes back with the values.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  const errorOf = (name: string) => state.errors?.[name]?.[0];
  const valueOf = (name: string, fallback?: string) => state.values?.[name] ?? fallback;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate id={id}>
      <ErrorSummary errors={state.errors} message={state.message} idPrefix={id} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const key = `${field.name}-${state.values?.[field.name] ?? ""}-${JSON.stringify(state.errors ?? {})}`;
        switch (field.kind) {
          case "textarea":
            return <TextArea key={key} {...field} error={errorOf(field.name)} defaultValue={valueOf(field.name, field.defaultValue)} />;
          case "select":
            return <SelectField key={key} {...field} error={errorOf(field.name)} defaultValue={valueOf(field.name, field.defaultValue)} />;
          case "radios":
            return <RadiosField key={key} {...field} error={errorOf(field.name)} defaultValue={valueOf(field.name, field.defaultValue)} />;
          default:
            return (
              <TextField
                key={key}
                {...field}
                type={field.kind}
                error={errorOf(field.name)}
                defaultValue={field.kind === "password" ? undefined : valueOf(field.name, field.defaultValue)}
              />
            );
        }
      })}
      <SubmitButton secondary={variant === "secondary"} warning={variant === "warning"} disabled={pending}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
