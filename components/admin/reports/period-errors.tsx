import { ErrorSummaryBox } from "@/components/forms/error-summary-box";

/**
 * "There is a problem" for the period form, drawn on the server: the reports page ships no script,
 * so focus is not moved here.
 */
export function PeriodErrors({ errors }: { errors: Partial<Record<"from" | "to", string>> }) {
  const items = Object.entries(errors).map(([href, text]) => ({ href, text }));
  if (items.length === 0) return null;
  return <ErrorSummaryBox items={items} message="The report below is for the last 12 weeks instead." />;
}
