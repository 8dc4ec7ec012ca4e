import type { ReactNode } from "react";
import { ErrorMessage, groupClass, Hint } from "./hint-and-error";

/**
 * The frame of a single-control field: form group, label, hint and error message. The control
 * itself lists `${id}-hint` and `${id}-error` in its aria-describedby (see describedBy).
 */
export function LabelledField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} text={hint} />
      <ErrorMessage id={id} text={error} />
      {children}
    </div>
  );
}
