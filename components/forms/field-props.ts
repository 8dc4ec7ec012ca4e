import type { UseFormRegister } from "react-hook-form";

export interface FieldProps<F> {
  field: F;
  /** The message shown beside the field (and in the error summary). */
  error?: string;
  /** What the person entered or chose before, so nothing is lost on a re-render. */
  value?: unknown;
  /** react-hook-form, once JavaScript is running; plain form fields without it. */
  register?: UseFormRegister<Record<string, unknown>>;
}

/** The ids a field's aria-describedby lists: its hint and its error, when present. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export const asText = (value: unknown) => (typeof value === "string" ? value : "");

/** The input's name, or react-hook-form's name, ref and handlers when it is running. */
export const nameOrRegister = (name: string, register?: FieldProps<unknown>["register"]) =>
  register ? register(name) : { name };
