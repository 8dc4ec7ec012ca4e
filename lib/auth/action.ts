import "server-only";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { authorize, SIGN_IN_PATH, type GuardOptions, type StaffContext } from "./guard";
import type { Permission } from "./roles";

/** What a staff form shows after a submission: every field error at once, and what was typed. */
export interface ActionState {
  message?: string;
  errors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  done?: boolean;
}

export type StaffAction = ((previous: ActionState, formData: FormData) => Promise<ActionState>) & {
  permission: Permission;
};

/**
 * Wraps a server action so it cannot run without a session allowed `permission`; then parses
 * the form with `schema` and hands valid input to `handler`. Invalid input comes back with all its
 * errors and the values typed, so nothing is lost.
 */
export function staffAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, context: StaffContext) => Promise<ActionState | void>,
  options: GuardOptions = {},
): StaffAction {
  const action = async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const outcome = await authorize(permission, options);
    if (!("context" in outcome)) {
      if (outcome.pendingPath) redirect(outcome.pendingPath);
      if (outcome.refusal === "forbidden") notFound();
      redirect(SIGN_IN_PATH);
    }
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error);
      return { errors: fieldErrors as Record<string, string[]>, values: withoutSecrets(values) };
    }
    const result = (await handler(parsed.data, outcome.context)) ?? { done: true };
    // A refusal from the domain keeps what was typed, like a validation error does.
    return result.done ? result : { values: withoutSecrets(values), ...result };
  };
  return Object.assign(action, { permission });
}

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

// Passwords and codes are never sent back to the browser.
export function withoutSecrets(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|code/i.test(key)));
}
