import type { TextField } from "@/lib/forms/fields";
import { asText, describedBy, nameOrRegister, type FieldProps } from "./field-props";
import { LabelledField } from "./labelled-field";

/** One line of text: names, emails, phone numbers, passwords, codes, search terms and filter dates. */
export function TextInput({ field, error, value, register }: FieldProps<TextField>) {
  const id = field.name;
  const width = field.width ? ` nhsuk-input--width-${field.width}` : "";
  return (
    <LabelledField id={id} label={field.label} hint={field.hint} error={error}>
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
    </LabelledField>
  );
}
