import type { ReactNode } from "react";

export interface CalloutProps {
  /** "info" is an inset note; "warning" is the NHS warning card, for things a reader must not miss. */
  type?: "info" | "warning";
  heading?: string;
  children: ReactNode;
}

export function Callout({ type = "info", heading, children }: CalloutProps) {
  if (type === "warning") {
    return (
      <div className="nhsuk-card nhsuk-card--warning">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {heading ?? "Important"}
          </h2>
          {children}
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {heading ? <h2 className="nhsuk-heading-s">{heading}</h2> : null}
      {children}
    </div>
  );
}
