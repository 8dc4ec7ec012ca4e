import type { TextAreaField } from "@/lib/forms/fields";
import { asText, describedBy, nameOrRegister, type FieldProps } from "./field-props";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

export function TextArea({ field, error, value, register }: FieldProps<TextAreaField>) {
  const id = field.name;
  const limit = field.maxLength ? `You can enter up to ${field.maxLength} characters.` : undefined;
  const hint = [field.hint, limit].filter(Boolean).join(" ") || undefined;
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {field.label}
      </label>
      <Hint id={id} text={hint} />
      <ErrorMessage id={id} text={error} />
      <textarea
        className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
        id={id}
        rows={field.rows ?? 5}
        defaultValue={asText(value ?? field.defaultValue)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...nameOrRegister(field.name, register)}
      />
    </div>
  );
}
