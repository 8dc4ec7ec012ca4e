"use client";

import {
  startTransition,
  useActionState,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type ReactNode,
} from "react";
import { useForm, useWatch, type FieldErrors as ClientErrors, type Resolver } from "react-hook-form";
import type { FormActionFn } from "@/lib/forms/action";
import { fieldAnchor, type Field as FieldSpec } from "@/lib/forms/fields";
import { errorsOf, idleState, valuesOf, type FormState, type FormValues } from "@/lib/forms/form-state";
import { SAVE_FOR_LATER_FIELD } from "@/lib/forms/read-form";
import { Button, type ButtonVariant } from "./button";
import { ErrorSummary } from "./error-summary";
import { Field } from "./field";
import { Honeypot } from "./honeypot";
import { ProblemNotice, type ServiceContact } from "./problem-notice";

export interface ServerFormProps {
  action: FormActionFn;
  fields: readonly FieldSpec[];
  submitLabel: string;
  /** Sent with the form, unseen: which record, which step. */
  hidden?: Record<string, string>;
  variant?: ButtonVariant;
  /** Set when the form is one of several on a page, so ids do not clash. */
  id?: string;
  /**
   * Checks in the browser first (react-hook-form), so most mistakes need no round trip: for
   * example `zodResolver(schema)`. Passed in, so forms without one do not ship zod to the browser.
   */
  resolver?: Resolver<FormValues>;
  /** Answers saved before, shown until the first post. */
  initialValues?: FormValues;
  /** What the page says before the first post here: "This form is out of date" after a deploy. */
  initialState?: FormState;
  /** Public forms: the phone number the problem notice offers. */
  contact?: ServiceContact;
  /** Public forms: a field people never see, to catch simple bots. */
  honeypot?: boolean;
  /** The only question's label is the page heading. */
  asHeading?: boolean;
  /** Shown inside the form, above the fields: a heading, an introduction. */
  children?: ReactNode;
  /** Shown below the fields while one of them has a given value (for example, crisis guidance). */
  reveal?: { name: string; values: readonly string[]; content: ReactNode };
  /**
   * A "Save and come back later" button after the main one: it posts the form as typed with
   * SAVE_FOR_LATER_FIELD, and neither the browser nor the server checks the answers first.
   */
  saveForLater?: boolean;
}

/**
 * The one client form runner. It posts to a server action, so it works without JavaScript: the
 * page comes back with every error and the typed values. With JavaScript it submits in a
 * transition itself, because React would otherwise reset the form after the action and clear what
 * was typed when the answer is "fix these errors".
 */
export function ServerForm(props: ServerFormProps) {
  const {
    action,
    fields,
    submitLabel,
    hidden = {},
    variant,
    id,
    resolver,
    initialValues = {},
    initialState = idleState,
    contact,
    honeypot,
    asHeading,
    children,
    reveal,
    saveForLater,
  } = props;
  const [state, formAction, pending] = useActionState(action, initialState);
  const values = state.status === "idle" ? initialValues : valuesOf(state);
  const { register, handleSubmit, control, formState } = useForm<FormValues>({
    resolver,
    defaultValues: values,
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const watched = useWatch({ control, name: reveal?.name ?? "", disabled: !reveal });
  const current = useWatch({ control });
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // Conditional fields hide only once JavaScript runs; the server's page (and so a plain post) shows them all.
  const shown = (f: FieldSpec) =>
    !resolver || !hydrated || !f.showWhen || f.showWhen.values.includes(String(current[f.showWhen.name]));

  const serverErrors = errorsOf(state);
  const errorFor = (name: string) => messageOf(formState.errors, name) ?? serverErrors[name]?.[0];
  const named = new Set(fields.map((f) => f.name));
  const items = [
    ...fields.flatMap((f) => (errorFor(f.name) ? [{ href: fieldAnchor(f), text: errorFor(f.name)! }] : [])),
    // Errors on fields the page does not show (a tampered hidden field) still say what went wrong.
    ...Object.entries(serverErrors).flatMap(([name, list]) =>
      named.has(name) || !list[0] ? [] : [{ href: name, text: list[0] }],
    ),
  ];

  const submit = (data: FormData) => startTransition(() => formAction(data));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setAttempt((n) => n + 1);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    // "Save and come back later" keeps the page as typed: the browser does not check it first.
    if (resolver && !(submitter instanceof HTMLButtonElement && submitter.formNoValidate)) {
      void handleSubmit(() => submit(new FormData(formRef.current!)))(event);
      return;
    }
    event.preventDefault();
    submit(new FormData(event.currentTarget, submitter));
  };
  // Without react-hook-form the inputs are uncontrolled: each answer from the server redraws them
  // (a new key) with the values it sent back, so passwords are cleared and nothing else is lost.
  const [answered, setAnswered] = useState({ state, count: 0 });
  if (answered.state !== state) setAnswered({ state, count: answered.count + 1 });
  const redraw = resolver ? "" : String(answered.count);

  return (
    <>
      <ErrorSummary items={items} idPrefix={id} focusKey={`${attempt}:${state.status}`} />
      <ProblemNotice state={state} contact={contact} idPrefix={id} />
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate id={id}>
        {children}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {fields.filter(shown).map((field) => {
          const drawn = (
            <Field
              key={`${field.name}:${redraw}`}
              field={field}
              error={errorFor(field.name)}
              value={values[field.name]}
              register={resolver ? register : undefined}
              asHeading={asHeading}
            />
          );
          return field.showWhen ? (
            <div className="nhsuk-radios__conditional" key={`${field.name}:${redraw}`}>
              {drawn}
            </div>
          ) : (
            drawn
          );
        })}
        {/* A live region that is always there, so screen readers announce the content when it appears. */}
        {reveal && <div aria-live="polite">{reveal.values.includes(String(watched)) && reveal.content}</div>}
        {honeypot && <Honeypot />}
        <Button variant={variant} disabled={pending}>
          {submitLabel}
        </Button>
        {saveForLater && (
          <p className="app-save-for-later">
            <button
              className="nhsuk-button nhsuk-button--secondary"
              data-module="nhsuk-button"
              type="submit"
              name={SAVE_FOR_LATER_FIELD}
              value="1"
              formNoValidate
              disabled={pending}
            >
              Save and come back later
            </button>
          </p>
        )}
      </form>
    </>
  );
}

const noSubscription = () => () => {};

// A date's own message, or the first of its parts' messages.
function messageOf(errors: ClientErrors, name: string): string | undefined {
  const error = errors[name] as Record<string, unknown> | undefined;
  if (!error) return undefined;
  if (typeof error.message === "string") return error.message;
  for (const part of Object.values(error)) {
    const message = (part as { message?: unknown } | null)?.message;
    if (typeof message === "string") return message;
  }
  return undefined;
}
