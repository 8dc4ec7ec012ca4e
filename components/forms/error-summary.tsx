"use client";

import { useEffect, useRef } from "react";

export interface ErrorSummaryItem {
  /** The id of the field to move to. */
  href: string;
  text: string;
}

export interface ErrorSummaryProps {
  items: ErrorSummaryItem[];
  /** A message for the whole form, above the links. */
  message?: string;
  /** Set when several forms share a page, so their ids stay unique. */
  idPrefix?: string;
  /** Changes on each failed attempt, so focus moves back here every time. */
  focusKey?: unknown;
}

/**
 * "There is a problem", in the NHS service manual's markup: at the top of the form, focused when
 * it appears so screen readers announce it, each message a link to its field.
 */
export function ErrorSummary({ items, message, idPrefix, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0 || Boolean(message);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, focusKey]);
  if (!shown) return null;
  const titleId = idPrefix ? `${idPrefix}-error-summary-title` : "error-summary-title";
  return (
    // autoFocus moves focus here on page load without JavaScript too (the server renders the attribute).
    <div className="nhsuk-error-summary" aria-labelledby={titleId} tabIndex={-1} ref={ref} autoFocus>
      <div role="alert">
        <h2 className="nhsuk-error-summary__title" id={titleId}>
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          {message && <p>{message}</p>}
          {items.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {items.map((item) => (
                <li key={`${item.href}:${item.text}`}>
                  <a href={`#${item.href}`}>{item.text}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
