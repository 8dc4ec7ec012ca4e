import type { TextAreaField } from "@/lib/forms/fields";
import { asText, describedBy, nameOrRegister, type FieldProps } from "./field-props";
import { LabelledField } from "./labelled-field";

export function TextArea({ field, error, value, register }: FieldProps<TextAreaField>) {
  const id = field.name;
  const limit = field.maxLength ? `You can enter up to ${field.maxLength} characters.` : undefined;
  const hint = [field.hint, limit].filter(Boolean).join(" ") || undefined;
  return (
    <LabelledField id={id} label={field.label} hint={hint} error={error}>
      <textarea
        className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
        id={id}
        rows={field.rows ?? 5}
        defaultValue={asText(value ?? field.defaultValue)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...nameOrRegister(field.name, register)}
      />
    </LabelledField>
  );
}
