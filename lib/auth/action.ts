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
