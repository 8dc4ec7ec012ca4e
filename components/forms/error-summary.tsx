"use client";

import { useEffect, useRef } from "react";
import { ErrorSummaryBox, type ErrorSummaryItem } from "./error-summary-box";

export type { ErrorSummaryItem } from "./error-summary-box";

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
 * A form's error summary: at the top of the form, focused when it appears so screen readers
 * announce it, and again after every failed attempt.
 */
export function ErrorSummary({ items, message, idPrefix, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0 || Boolean(message);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, focusKey]);
  return <ErrorSummaryBox items={items} message={message} idPrefix={idPrefix} autoFocus ref={ref} />;
}
