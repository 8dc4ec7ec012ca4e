import type { Severity } from "@/lib/triage/measures";

/** The inbox's severity column: each measure's latest total and band, or "None given". */
export function SeverityCell({ scores }: { scores?: Severity[] }) {
  if (!scores?.length) return <span className="nhsuk-body-s">None given</span>;
  return (
    <ul className="nhsuk-list nhsuk-body-s">
      {scores.map((s) => (
        <li key={s.shortName}>
          {s.shortName} {s.total ?? "incomplete"}
          {s.band && `, ${s.band}`}
          {s.riskItemPositive && <strong> (item 9)</strong>}
        </li>
      ))}
    </ul>
  );
}
