import type { ChoiceField } from "@/lib/referrals/fields";
import { describedBy, type FieldProps } from "./field-props";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

/** Radios or checkboxes in a fieldset; the legend is the page heading when it is the page's only question. */
export function Choices({ field, error, value, register, asHeading }: FieldProps<ChoiceField> & { asHeading?: boolean }) {
  const id = field.name;
  const chosen = new Set(Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : []);
  const type = field.kind === "radios" ? "radio" : "checkbox";
  const prefix = field.kind === "radios" ? "nhsuk-radios" : "nhsuk-checkboxes";
  return (
    <div className={groupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, field.hint, error)}>
        <legend className={`nhsuk-fieldset__legend${asHeading ? " nhsuk-fieldset__legend--l" : " nhsuk-fieldset__legend--s"}`}>
          {asHeading ? <h1 className="nhsuk-fieldset__heading">{field.label}</h1> : field.label}
        </legend>
        <Hint id={id} text={field.hint} />
        <ErrorMessage id={id} text={error} />
        <div className={prefix}>
          {field.options.map((option) => {
            const optionId = `${id}-${option.value}`;
            return (
              <div className={`${prefix}__item`} key={option.value}>
                <input
                  className={`${prefix}__input`}
                  id={optionId}
                  type={type}
                  value={option.value}
                  defaultChecked={chosen.has(option.value)}
                  {...(register ? register(field.name) : { name: field.name })}
                />
                <label className={`nhsuk-label ${prefix}__label`} htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
