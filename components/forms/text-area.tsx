import type { TextAreaField } from "@/lib/referrals/fields";
import { asText, describedBy, type FieldProps } from "./field-props";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

export function TextArea({ field, error, value, register }: FieldProps<TextAreaField>) {
  const id = field.name;
  const hint = [field.hint, `You can enter up to ${field.maxLength} characters.`].filter(Boolean).join(" ");
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
        defaultValue={asText(value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...(register ? register(field.name) : { name: field.name })}
      />
    </div>
  );
}
