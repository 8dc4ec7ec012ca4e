import type { SelectField } from "@/lib/forms/fields";
import { asText, describedBy, nameOrRegister, type FieldProps } from "./field-props";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

/** A drop-down list: for staff filters and long lists only (radios suit the public journeys better). */
export function Select({ field, error, value, register }: FieldProps<SelectField>) {
  const id = field.name;
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {field.label}
      </label>
      <Hint id={id} text={field.hint} />
      <ErrorMessage id={id} text={error} />
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
    </div>
  );
}
