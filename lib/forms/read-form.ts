import type { z } from "zod";
import type { Field } from "./fields";
import type { FieldErrors, FormValues } from "./form-state";

/** Fields every form page may carry besides its questions. */
export const HONEYPOT_FIELD = "website";
export const IDEMPOTENCY_FIELD = "idempotencyKey";
/** Sent by a question page's "Save and come back later" button: keep the page as typed, unchecked. */
export const SAVE_FOR_LATER_FIELD = "saveForLater";
const META_FIELDS = new Set([HONEYPOT_FIELD, IDEMPOTENCY_FIELD, SAVE_FOR_LATER_FIELD]);
/** More ticked boxes than any question offers is tampering; reading stops just past it. */
export const MAX_CHECKBOXES = 10;
// React and Next.js add these to a server action's form post.
export const isFrameworkField = (key: string) => key.startsWith("$ACTION");

export interface ParsedForm {
  values: FormValues;
  /** Field names this page does not have: a tampered or stale form. */
  unknown: string[];
  honeypotFilled: boolean;
}

/** Reads a form post into the shape the page's schema checks: strings, arrays for checkboxes, date parts nested. */
export function readForm(page: { fields: readonly Field[] }, form: FormData): ParsedForm {
  const values: FormValues = {};
  const known = new Set<string>();
  for (const field of page.fields) {
    if (field.kind === "date") {
      const parts = Object.fromEntries(["day", "month", "year"].map((p) => [p, text(form.get(`${field.name}.${p}`))]));
      for (const p of ["day", "month", "year"]) known.add(`${field.name}.${p}`);
      values[field.name] = parts;
    } else if (field.kind === "checkboxes") {
      known.add(field.name);
      values[field.name] = form
        .getAll(field.name)
        .slice(0, MAX_CHECKBOXES + 1)
        .map(text);
    } else {
      known.add(field.name);
      const value = form.get(field.name);
      if (value !== null) values[field.name] = text(value);
    }
  }
  const unknown = [...new Set([...form.keys()])].filter(
    (key) => !known.has(key) && !META_FIELDS.has(key) && !isFrameworkField(key),
  );
  return { values, unknown, honeypotFilled: text(form.get(HONEYPOT_FIELD)).trim() !== "" };
}

/** Every text field of a post, by name, when the form has no field list (staff and sign-in forms). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value === "string" && !isFrameworkField(key)) values[key] = value;
  }
  return values;
}

// A file where text belongs becomes an empty answer, which the schema then explains.
const text = (value: FormDataEntryValue | null): string => (typeof value === "string" ? value : "");

/** Every message for every field at once, keyed by the field's name (date parts report on the date). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    const list = (errors[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}
