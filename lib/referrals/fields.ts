// What a question page shows: labels, hints and options for each field. Client-safe: the
// browser renders and validates from the same definitions the server uses.

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface FieldBase {
  /** The form field name; also the key in the step's schema. */
  name: string;
  label: string;
  hint?: string;
}

export interface TextField extends FieldBase {
  kind: "text" | "email" | "tel";
  autoComplete?: string;
  /** GOV.UK width classes, in characters. */
  width?: 5 | 10 | 20 | 30;
  spellCheck?: boolean;
  inputMode?: "numeric" | "text" | "email" | "tel";
}
export interface TextAreaField extends FieldBase {
  kind: "textarea";
  maxLength: number;
  rows?: number;
}
export interface ChoiceField extends FieldBase {
  kind: "radios" | "checkboxes";
  options: Option[];
  /** Show this field's label as the page heading (one question on the page). */
  inline?: boolean;
}
export interface DateField extends FieldBase {
  kind: "date";
}

export type Field = TextField | TextAreaField | ChoiceField | DateField;

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

/** The id of the element an error summary link should move focus to. */
export function fieldAnchor(field: Field): string {
  if (field.kind === "date") return `${field.name}-day`;
  if (field.kind === "radios" || field.kind === "checkboxes") return `${field.name}-${field.options[0]!.value}`;
  return field.name;
}
