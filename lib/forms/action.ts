import type { z } from "zod";
import type { Field } from "./fields";
import { withoutSecrets, type FieldErrors, type FormState, type FormValues } from "./form-state";
import { fieldErrors, formValues, readForm } from "./read-form";

/** How a handler says no: field messages shown beside the fields, or one message for the form. */
export type Refusal = { errors: FieldErrors } | { message: string };

/** A problem the service met after the input was accepted: the page says what to do, keeping what was typed. */
export type Problem = { status: "unavailable" | "rate-limited" | "held" };

/**
 * The post moved on and the caller finishes the move: a journey sets its cookies, then redirects.
 * Most handlers call redirect() themselves and never return one.
 */
export type MovedOn = { redirect: string };

/** What a reader made of a post. */
export interface Reading {
  /** What the schema checks. */
  values: FormValues;
  /** The post is not this form (a tampered or out-of-date page, a bot): it is refused whole, with this message. */
  refusal?: string;
  /** What the page puts back after a problem, when that is not `values` (a page of hidden fields has nothing to put back). */
  shown?: FormValues;
}

/**
 * How a post is read: every text field by name (the default), the fields a page lists (checkboxes
 * as lists, dates as parts), or a reader of the form's own that may refuse the post before parsing.
 */
export type FormReader = { fields: readonly Field[] } | ((form: FormData) => Reading);

export type FormActionFn = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * One way to write a form's server action: read the post, check it with `schema`, and either
 * return every field error at once (with what was typed, secrets left out) or call `handler`.
 * A handler that redirects never returns; one that returns a refusal or a problem keeps the typed
 * values too; one that returns `{ redirect }` hands the move back to the caller.
 */
export function formAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<Refusal | Problem | void>,
  read?: FormReader,
): FormActionFn;
export function formAction<S extends z.ZodType, M extends MovedOn>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<Refusal | Problem | M | void>,
  read?: FormReader,
): (previous: FormState, form: FormData) => Promise<FormState | M>;
export function formAction<S extends z.ZodType, M extends MovedOn>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<Refusal | Problem | M | void>,
  read?: FormReader,
): (previous: FormState, form: FormData) => Promise<FormState | M> {
  return async (_previous, form) => {
    const { values, refusal, shown = values } = readWith(read, form);
    const kept = withoutSecrets(shown);
    if (refusal !== undefined) return { status: "refused", message: refusal, values: kept };
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error), values: kept };
    const result = await handler(parsed.data);
    if (!result) return { status: "done" };
    if (movedOn(result)) return result;
    if ("errors" in result) return { status: "invalid", errors: result.errors, values: kept };
    if ("message" in result) return { status: "refused", message: result.message, values: kept };
    return { status: result.status, values: kept };
  };
}

function readWith(read: FormReader | undefined, form: FormData): Reading {
  if (!read) return { values: formValues(form) };
  if (typeof read === "function") return read(form);
  return { values: readForm(read, form).values };
}

const movedOn = <M extends MovedOn>(result: Refusal | Problem | M): result is M => "redirect" in result;
