import type { Ref } from "react";

export interface ErrorSummaryItem {
  /** The id of the field to move to. */
  href: string;
  text: string;
}

export interface ErrorSummaryBoxProps {
  items: ErrorSummaryItem[];
  /** A message for the whole form, above the links. */
  message?: string;
  /** Set when several forms share a page, so their ids stay unique. */
  idPrefix?: string;
  /** Move focus here when the page loads, without JavaScript too (the server renders the attribute). */
  autoFocus?: boolean;
  ref?: Ref<HTMLDivElement>;
}

/**
 * "There is a problem", in the NHS service manual's markup, each message a link to its field. The
 * one error summary: forms use it through `ErrorSummary` (which moves focus back on each failed
 * attempt); a page that ships no script, like the reports page, renders it on the server alone.
 */
export function ErrorSummaryBox({ items, message, idPrefix, autoFocus = false, ref }: ErrorSummaryBoxProps) {
  if (items.length === 0 && !message) return null;
  const titleId = idPrefix ? `${idPrefix}-error-summary-title` : "error-summary-title";
  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} tabIndex={-1} ref={ref} autoFocus={autoFocus}>
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
