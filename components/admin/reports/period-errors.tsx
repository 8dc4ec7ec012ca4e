/**
 * "There is a problem" for the period form, in the NHS error summary's markup, rendered on the
 * server: the reports page ships no script, so focus is not moved here.
 */
export function PeriodErrors({ errors }: { errors: Partial<Record<"from" | "to", string>> }) {
  const items = Object.entries(errors);
  if (items.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert">
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>The report below is for the last 12 weeks instead.</p>
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {items.map(([field, message]) => (
            <li key={field}>
              <a href={`#${field}`}>{message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
