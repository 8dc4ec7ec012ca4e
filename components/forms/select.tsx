import type { SelectField } from "@/lib/forms/fields";
import { asText, describedBy, nameOrRegister, type FieldProps } from "./field-props";
import { LabelledField } from "./labelled-field";

/** A drop-down list: for staff filters and long lists only (radios suit the public journeys better). */
export function Select({ field, error, value, register }: FieldProps<SelectField>) {
  const id = field.name;
  return (
    <LabelledField id={id} label={field.label} hint={field.hint} error={error}>
      <select
        className={`nhsuk-select${error ? " nhsuk-select--error" : ""}`}
        id={id}
        defaultValue={asText(value ?? field.defaultValue)}
        aria-describedby={describedBy(id, field.hint, error)}
        {...nameOrRegister(field.name, register)}
      >
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
