import type { z } from "zod";
import { withoutSecrets, type FieldErrors, type FormState, type FormValues } from "./form-state";
import { fieldErrors, formValues } from "./read-form";

/** How a handler says no: field messages shown beside the fields, or one message for the form. */
export type Refusal = { errors: FieldErrors } | { message: string };

export type FormActionFn = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * One way to write a form's server action: read the post, check it with `schema`, and either
 * return every field error at once (with what was typed, secrets left out) or call `handler`.
 * A handler that redirects never returns; one that returns a refusal keeps the typed values too.
 */
export function formAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<Refusal | void>,
  read: (form: FormData) => FormValues = formValues,
): FormActionFn {
  return async (_previous, form) => {
    const values = read(form);
    const parsed = schema.safeParse(values);
    if (!parsed.success)
      return { status: "invalid", errors: fieldErrors(parsed.error), values: withoutSecrets(values) };
    const refusal = await handler(parsed.data);
    if (!refusal) return { status: "done" };
    if ("errors" in refusal) return { status: "invalid", errors: refusal.errors, values: withoutSecrets(values) };
    return { status: "refused", message: refusal.message, values: withoutSecrets(values) };
  };
}
