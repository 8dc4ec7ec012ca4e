import "server-only";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { formAction, type FormActionFn, type Refusal } from "@/lib/forms/action";
import { authorize, SIGN_IN_PATH, type GuardOptions, type StaffContext } from "./guard";
import type { Permission } from "./roles";

export type StaffAction = FormActionFn & { permission: Permission };

/**
 * A staff form's server action: it cannot run without a session allowed `permission`; then it is
 * an ordinary `formAction`, so invalid input comes back with all its errors and what was typed.
 */
export function staffAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, context: StaffContext) => Promise<Refusal | void>,
  options: GuardOptions = {},
): StaffAction {
  const action: FormActionFn = async (previous, form) => {
    const outcome = await authorize(permission, options);
    if (!("context" in outcome)) {
      if (outcome.pendingPath) redirect(outcome.pendingPath);
      if (outcome.refusal === "forbidden") notFound();
      redirect(SIGN_IN_PATH);
    }
    return formAction(schema, (input) => handler(input, outcome.context))(previous, form);
  };
  return Object.assign(action, { permission });
}

/**
 * A staff action whose answer is shown on the page once (say, a new link to copy), not a redirect:
 * the same guard as `staffAction`, then `handler`'s result becomes the form's state.
 */
export function staffResultAction<R>(
  permission: Permission,
  handler: (form: FormData, context: StaffContext) => Promise<R>,
  options: GuardOptions = {},
): ((previous: R | null, form: FormData) => Promise<R>) & { permission: Permission } {
  const action = async (_previous: R | null, form: FormData) => {
    const outcome = await authorize(permission, options);
    if (!("context" in outcome)) {
      if (outcome.pendingPath) redirect(outcome.pendingPath);
      if (outcome.refusal === "forbidden") notFound();
      redirect(SIGN_IN_PATH);
    }
    return handler(form, outcome.context);
  };
  return Object.assign(action, { permission });
}
