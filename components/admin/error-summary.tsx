"use client";
import { useEffect, useRef } from "react";

export interface ErrorSummaryProps {
  errors: Record<string, string[] | undefined> | undefined;
  message?: string;
  /** Maps a field name to the id of its input, when they differ. */
  fieldIds?: Record<string, string>;
  /** Prefix for ids, so several forms on one page stay unique. */
  idPrefix?: string;
}

/** The NHS error summary: every problem at once, each linked to its field; focused on arrival. */
export function ErrorSummary({ errors, message, fieldIds = {}, idPrefix = "form" }: ErrorSummaryProps) {
  const titleId = `${idPrefix}-error-summary-title`;
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter(([, list]) => list?.length);
  useEffect(() => {
    if (entries.length || message) ref.current?.focus();
  });
  if (!entries.length && !message) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id={titleId}>
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        {message && <p>{message}</p>}
        {entries.length > 0 && (
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {entries.map(([field, list]) => (
              <li key={field}>
                <a href={`#${fieldIds[field] ?? field}`}>{list![0]}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
