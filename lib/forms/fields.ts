// What a form shows: labels, hints and options for each field. Client-safe: the browser renders
// and validates from the same definitions the server uses. Journeys, sign-in and staff forms
// all describe their fields this way and draw them with components/forms.

export interface Option {
  value: string;
  label: string;
  hint?: string;
  /**
   * A conditional reveal: with JavaScript the field shows only while another field of the form
   * has one of these values; without it the field is always there (the GOV.UK no-JS pattern).
   */
  showWhen?: { name: string; values: readonly string[] };
}

interface FieldBase {
  /** The form field name; also the key in the step's schema. */
  name: string;
  label: string;
  hint?: string;
  /**
   * A conditional reveal: with JavaScript the field shows only while another field of the form
   * has one of these values; without it the field is always there (the GOV.UK no-JS pattern).
   */
  showWhen?: { name: string; values: readonly string[] };
}

export interface TextField extends FieldBase {
  /** "calendar" is the browser's own date picker, for filters; "date" below is the GOV.UK date input. */
  kind: "text" | "email" | "tel" | "password" | "search" | "calendar";
  autoComplete?: string;
  /** GOV.UK width classes, in characters. */
  width?: 5 | 10 | 20 | 30;
  spellCheck?: boolean;
  inputMode?: "numeric" | "text" | "email" | "tel";
  /** Shown before anything is typed (staff forms editing a saved value). */
  defaultValue?: string;
}
export interface TextAreaField extends FieldBase {
  kind: "textarea";
  /** When set, the hint says how many characters fit. */
  maxLength?: number;
  rows?: number;
  defaultValue?: string;
}
export interface ChoiceField extends FieldBase {
  kind: "radios" | "checkboxes";
  options: Option[];
  /** Show this field's label as the page heading (one question on the page). */
  inline?: boolean;
  defaultValue?: string;
}
export interface SelectField extends FieldBase {
  kind: "select";
  options: Option[];
  defaultValue?: string;
}
export interface DateField extends FieldBase {
  kind: "date";
}

export type Field = TextField | TextAreaField | ChoiceField | SelectField | DateField;

export const yesNo: Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** For questions about risk, where "not sure" must be an answer of its own. */
export const yesNoNotSure: Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "not-sure", label: "I'm not sure" },
];

/**
 * The id of one option of radios or checkboxes. The first option's id is the field's name, so
 * an error-summary link to the field lands on it; the others are `name-value`.
 */
export function optionId(name: string, options: readonly Option[], index: number): string {
  return index === 0 ? name : `${name}-${options[index]!.value}`;
}

/** The id of the element an error summary link should move focus to. */
export function fieldAnchor(field: Field): string {
  if (field.kind === "date") return `${field.name}-day`;
  return field.name;
}
