import type { ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "warning";

/** The NHS submit button; disabled while its form is being sent, so a double click sends once. */
export function Button({
  children,
  variant = "primary",
  disabled,
}: {
  children: ReactNode;
  variant?: ButtonVariant;
  disabled?: boolean;
}) {
  const modifier = variant === "primary" ? "" : ` nhsuk-button--${variant}`;
  return (
    <button
      className={`nhsuk-button${modifier}`}
      data-module="nhsuk-button"
      data-prevent-double-click="true"
      type="submit"
      disabled={disabled}
    >
      {children}
    </button>
  );
}
