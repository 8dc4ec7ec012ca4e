"use client";

import { useEffect, useRef } from "react";

export interface ErrorSummaryItem {
  /** The id of the field to move to. */
  href: string;
  text: string;
}

/**
 * "There is a problem": at the top of the page, focused when it appears so screen readers
 * announce it, each message a link to its field. `focusKey` changes on each failed attempt.
 */
export function ErrorSummary({ items, focusKey }: { items: ErrorSummaryItem[]; focusKey?: number | string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items.length, focusKey]);
  if (!items.length) return null;
  return (
    // autoFocus moves focus here on page load without JavaScript too (the server renders the attribute).
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref} autoFocus>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {items.map((item) => (
            <li key={`${item.href}:${item.text}`}>
              <a href={`#${item.href}`}>{item.text}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
