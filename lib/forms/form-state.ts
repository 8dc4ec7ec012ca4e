// What a form shows after a post that did not move on. One vocabulary for every form: the
// journeys, the sign-in pages and the staff dashboard. Client-safe.

export type FormValues = Record<string, unknown>;
/** Every message for every field, keyed by field name. */
export type FieldErrors = Record<string, string[]>;

export type FormState =
  | { status: "idle" }
  /** The action did what was asked and the page stays (most actions redirect instead). */
  | { status: "done" }
  | { status: "invalid"; errors: FieldErrors; values: FormValues }
  /** The input was well formed but the service said no: the message says why. */
  | { status: "refused"; message: string; values: FormValues }
  | { status: "unavailable"; values: FormValues }
  | { status: "rate-limited"; values: FormValues }
  /** A limit refused the submission, so its answers were put in the held queue for staff. */
  | { status: "held"; values: FormValues }
  /**
   * The page was drawn by an earlier build of the site (a deploy happened while it was open), so
   * its post was not read (lib/forms/out-of-date.ts). The values are the answers saved before.
   */
  | { status: "out-of-date"; values: FormValues };

export const idleState: FormState = { status: "idle" };

/** What was typed, to put back in the fields; empty when there is nothing to keep. */
export const valuesOf = (state: FormState): FormValues => ("values" in state ? state.values : {});

export const errorsOf = (state: FormState): FieldErrors => (state.status === "invalid" ? state.errors : {});

// Passwords and sign-in codes are never sent back to the browser. A postcode is an answer, and is kept.
const SECRET = /password|^code$/i;
export function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET.test(key)));
}
