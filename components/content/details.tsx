import type { ReactNode } from "react";

export interface DetailsProps {
  summary: string;
  children: ReactNode;
}

/** A question that opens to show its answer. Native <details>: works without JavaScript. */
export function Details({ summary, children }: DetailsProps) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}
