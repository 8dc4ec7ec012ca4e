import type { ReactNode } from "react";

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
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${name}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <input
        className={`nhsuk-input${width ? ` nhsuk-input--width-${width}` : ""}${error ? " nhsuk-input--error" : ""}`}
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-describedby={describedBy}
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
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${name}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <textarea className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`} id={name} name={name} rows={rows} defaultValue={defaultValue} aria-describedby={describedBy} />
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
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${name}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <select className={`nhsuk-select${error ? " nhsuk-select--error" : ""}`} id={name} name={name} defaultValue={defaultValue} aria-describedby={describedBy}>
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
