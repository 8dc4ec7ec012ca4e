import { getService } from "@/lib/config/service";
import type { Reading } from "@/lib/forms/action";
import type { Field } from "@/lib/forms/fields";
import { formValues, HONEYPOT_FIELD, IDEMPOTENCY_FIELD, isFrameworkField, readForm } from "@/lib/forms/read-form";
import { REVISION_FIELD } from "./draft-revision";

// How a journey's posts are read before their schema sees them (lib/forms/action.ts `FormReader`):
// a post with fields the page does not have, or with the hidden honeypot filled in, is refused whole.

const unexpectedFields = () =>
  `This form had information we did not expect, so nothing was saved. Go back and try again, or call us on ${getService().phone}.`;
export const NOT_A_PERSON = "We could not accept this form. If you are a person, please call us instead.";
export const OUT_OF_DATE = "This form is out of date. Check your answers and send them again.";

/** A question page: its fields, read as the schema expects them. What was typed goes back on a refusal for a bot. */
export const readStepPost =
  (page: { fields: readonly Field[] }) =>
  (form: FormData): Reading => {
    const { values, unknown, honeypotFilled } = readForm(page, form);
    if (unknown.length) return { values: {}, refusal: unexpectedFields() };
    if (honeypotFilled) return { values, refusal: NOT_A_PERSON };
    return { values };
  };

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SEND_FIELDS = new Set([IDEMPOTENCY_FIELD, HONEYPOT_FIELD, REVISION_FIELD]);

/**
 * The check page: only hidden fields, the idempotency key (a well-formed UUID) and the revision of
 * the answers it showed. It has nothing typed to put back, so every problem shows an empty form.
 */
export function readSendPost(form: FormData): Reading {
  const values = formValues(form);
  const keys = [...new Set(form.keys())].filter((key) => !isFrameworkField(key));
  if (keys.some((key) => !SEND_FIELDS.has(key))) return { values, shown: {}, refusal: unexpectedFields() };
  // Exactly one key: the schema reads the last of repeated fields, so a well-formed first key must
  // not let a second one (say with a NUL byte, which Postgres refuses) through to the database.
  const sentKeys = form.getAll(IDEMPOTENCY_FIELD);
  const key = sentKeys[0];
  if (sentKeys.length !== 1 || typeof key !== "string" || !KEY_PATTERN.test(key))
    return { values, shown: {}, refusal: OUT_OF_DATE };
  const honeypots = form.getAll(HONEYPOT_FIELD);
  if (honeypots.some((value) => typeof value !== "string" || value.trim()))
    return { values, shown: {}, refusal: NOT_A_PERSON };
  return { values, shown: {} };
}
