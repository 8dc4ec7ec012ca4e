import { describedBy } from "@/components/forms/field-props";
import { ErrorMessage, Hint, groupClass } from "@/components/forms/hint-and-error";

export interface RadiosFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
}

/** NHS radios in a fieldset whose legend is the question. */
export function RadiosField({ name, label, hint, error, options, defaultValue }: RadiosFieldProps) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
        <Hint id={name} text={hint} />
        <ErrorMessage id={name} text={error} />
        <div className="nhsuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input className="nhsuk-radios__input" id={id} name={name} type="radio" value={option.value} defaultChecked={defaultValue === option.value} aria-describedby={option.hint ? `${id}-hint` : undefined} />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-hint`}>
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
