import { optionId, type ChoiceField } from "@/lib/forms/fields";
import { describedBy, nameOrRegister, type FieldProps } from "./field-props";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

/** Radios or checkboxes in a fieldset; the legend is the page heading when it is the page's only question. */
export function Choices({
  field,
  error,
  value,
  register,
  asHeading,
}: FieldProps<ChoiceField> & { asHeading?: boolean }) {
  const id = field.name;
  const current = value ?? field.defaultValue;
  const chosen = new Set(Array.isArray(current) ? current.map(String) : typeof current === "string" ? [current] : []);
  const type = field.kind === "radios" ? "radio" : "checkbox";
  const prefix = field.kind === "radios" ? "nhsuk-radios" : "nhsuk-checkboxes";
  return (
    <div className={groupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, field.hint, error)}>
        <legend
          className={`nhsuk-fieldset__legend${asHeading ? " nhsuk-fieldset__legend--l" : " nhsuk-fieldset__legend--s"}`}
        >
          {asHeading ? <h1 className="nhsuk-fieldset__heading">{field.label}</h1> : field.label}
        </legend>
        <Hint id={id} text={field.hint} />
        <ErrorMessage id={id} text={error} />
        <div className={prefix}>
          {field.options.map((option, index) => {
            const inputId = optionId(field.name, field.options, index);
            return (
              <div className={`${prefix}__item`} key={option.value}>
                <input
                  className={`${prefix}__input`}
                  id={inputId}
                  type={type}
                  value={option.value}
                  defaultChecked={chosen.has(option.value)}
                  aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                  {...nameOrRegister(field.name, register)}
                />
                <label className={`nhsuk-label ${prefix}__label`} htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className={`nhsuk-hint ${prefix}__hint`} id={`${inputId}-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
