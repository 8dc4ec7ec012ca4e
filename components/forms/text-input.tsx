import type { TextField } from "@/lib/forms/fields";
import { asText, describedBy, nameOrRegister, type FieldProps } from "./field-props";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

/** One line of text: names, emails, phone numbers, passwords, codes, search terms and filter dates. */
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
        type={field.kind === "calendar" ? "date" : field.kind}
        // A password is never put back: the server does not send it, and neither may a default.
        defaultValue={field.kind === "password" ? undefined : asText(value ?? field.defaultValue)}
        autoComplete={field.autoComplete ?? "off"}
        spellCheck={field.spellCheck}
        inputMode={field.inputMode}
        aria-describedby={describedBy(id, field.hint, error)}
        aria-invalid={error ? true : undefined}
        {...nameOrRegister(field.name, register)}
      />
    </div>
  );
}
