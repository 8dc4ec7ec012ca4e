import type { TextField } from "@/lib/referrals/fields";
import { asText, describedBy, type FieldProps } from "./field-props";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

export function TextInput({ field, error, value, register }: FieldProps<TextField>) {
  const id = field.name;
  const width = field.width ? ` nhsuk-input--width-${field.width}` : "";
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {field.label}
      </label>
      <Hint id={id} text={field.hint} />
      <ErrorMessage id={id} text={error} />
      <input
        className={`nhsuk-input${width}${error ? " nhsuk-input--error" : ""}`}
        id={id}
        type={field.kind}
        defaultValue={asText(value)}
        autoComplete={field.autoComplete ?? "off"}
        spellCheck={field.spellCheck}
        inputMode={field.inputMode}
        aria-describedby={describedBy(id, field.hint, error)}
        aria-invalid={error ? true : undefined}
        {...(register ? register(field.name) : { name: field.name })}
      />
    </div>
  );
}
