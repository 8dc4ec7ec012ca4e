import type { RiskFlag } from "@/lib/referrals/risk-flags";
import type { AnswerRow } from "@/lib/triage/answers";
import { RiskFlagTag } from "./status-tag";

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
export function RiskCallout({
  rows,
  urgent,
  flags,
  contactRestrictions = [],
}: {
  rows: AnswerRow[];
  urgent: boolean;
  flags: RiskFlag[];
  contactRestrictions?: string[];
}) {
  if (!rows.length && !urgent && !flags.length && !contactRestrictions.length) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Risk and safeguarding
        </span>
      </h2>
      {urgent && <p>This referral is marked urgent.</p>}
      {flags.length > 0 && (
        <ul className="nhsuk-list" aria-label="Flags">
          {flags.map((flag) => (
            <li key={flag}>
              <RiskFlagTag flag={flag} />
            </li>
          ))}
        </ul>
      )}
      {contactRestrictions.length > 0 && (
        <ul className="nhsuk-list" aria-label="How not to contact them">
          {contactRestrictions.map((words) => (
            <li key={words}>
              <strong className="nhsuk-tag nhsuk-tag--orange">{words}</strong>
            </li>
          ))}
        </ul>
      )}
      {rows.length > 0 && <AnswersList rows={rows} />}
    </div>
  );
}
