import type { ReactNode } from "react";
import { describedBy } from "@/components/forms/field-props";
import { ErrorMessage, Hint, groupClass } from "@/components/forms/hint-and-error";

export interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  type?: "text" | "email" | "password" | "date" | "search";
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
  width?: "10" | "20" | "30";
  required?: boolean;
}

/** An NHS text input with label, hint and error tied to it by aria-describedby. */
export function TextField({ name, label, hint, error, type = "text", defaultValue, autoComplete, inputMode, width, required }: TextFieldProps) {
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <Hint id={name} text={hint} />
      <ErrorMessage id={name} text={error} />
      <input
        className={`nhsuk-input${width ? ` nhsuk-input--width-${width}` : ""}${error ? " nhsuk-input--error" : ""}`}
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-describedby={describedBy(name, hint, error)}
        aria-required={required || undefined}
        spellCheck={type === "text" || type === "search" ? false : undefined}
      />
    </div>
  );
}

export interface TextAreaProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  rows?: number;
}

export function TextArea({ name, label, hint, error, defaultValue, rows = 4 }: TextAreaProps) {
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <Hint id={name} text={hint} />
      <ErrorMessage id={name} text={error} />
      <textarea className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`} id={name} name={name} rows={rows} defaultValue={defaultValue} aria-describedby={describedBy(name, hint, error)} />
    </div>
  );
}

export interface SelectFieldProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  hint?: string;
}

export function SelectField({ name, label, options, defaultValue, error, hint }: SelectFieldProps) {
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <Hint id={name} text={hint} />
      <ErrorMessage id={name} text={error} />
      <select className={`nhsuk-select${error ? " nhsuk-select--error" : ""}`} id={name} name={name} defaultValue={defaultValue} aria-describedby={describedBy(name, hint, error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SubmitButton({ children, secondary, warning, disabled }: { children: ReactNode; secondary?: boolean; warning?: boolean; disabled?: boolean }) {
  const variant = secondary ? " nhsuk-button--secondary" : warning ? " nhsuk-button--warning" : "";
  return (
    <button className={`nhsuk-button${variant}`} data-module="nhsuk-button" type="submit" disabled={disabled}>
      {children}
    </button>
  );
}
