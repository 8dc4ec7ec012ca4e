import type { DateField } from "@/lib/forms/fields";
import { asText, describedBy, nameOrRegister, type FieldProps } from "./field-props";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

const parts = [
  { key: "day", label: "Day", width: 2, autoComplete: "bday-day" },
  { key: "month", label: "Month", width: 2, autoComplete: "bday-month" },
  { key: "year", label: "Year", width: 4, autoComplete: "bday-year" },
] as const;

/** Day, month and year as three numeric fields (the GOV.UK date input). */
export function DateInput({ field, error, value, register, personal }: FieldProps<DateField> & { personal?: boolean }) {
  const id = field.name;
  const current = (value ?? {}) as Record<string, unknown>;
  return (
    <div className={groupClass(error)}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy(id, field.hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{field.label}</legend>
        <Hint id={id} text={field.hint} />
        <ErrorMessage id={id} text={error} />
        <div className="nhsuk-date-input" id={id}>
          {parts.map((part) => {
            const name = `${field.name}.${part.key}`;
            const partId = `${id}-${part.key}`;
            return (
              <div className="nhsuk-date-input__item" key={part.key}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={partId}>
                    {part.label}
                  </label>
                  <input
                    className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part.width}${error ? " nhsuk-input--error" : ""}`}
                    id={partId}
                    type="text"
                    inputMode="numeric"
                    autoComplete={personal ? part.autoComplete : "off"}
                    defaultValue={asText(current[part.key])}
                    aria-invalid={error ? true : undefined}
                    {...nameOrRegister(name, register)}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
