import type { AnswerRow } from "@/lib/triage/answers";

/** Answers as an NHS summary list. Values are rendered as text, so any markup in them is escaped. */
export function AnswersList({ rows }: { rows: { label: string; value: string; key?: string }[] }) {
  if (!rows.length) return <p>No answers recorded.</p>;
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row, index) => (
        <div className="nhsuk-summary-list__row" key={`${row.key ?? row.label}-${index}`}>
          <dt className="nhsuk-summary-list__key">{row.label}</dt>
          <dd className="nhsuk-summary-list__value admin-note-text">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Risk and safeguarding answers, first on the page, in a warning callout. */
export function RiskCallout({ rows, urgent }: { rows: AnswerRow[]; urgent: boolean }) {
  if (!rows.length && !urgent) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Risk and safeguarding
        </span>
      </h2>
      {urgent && <p>This referral is marked urgent.</p>}
      <AnswersList rows={rows} />
    </div>
  );
}
