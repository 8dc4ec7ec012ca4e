import { getService, type ProgrammeId } from "@/lib/config";
import { ageBandSentence, agesLabel, formatDescription, sessionCount } from "@/lib/content/programmes";

export interface ProgrammeFactsProps {
  programme: ProgrammeId;
}

/** A programme at a glance, from content/service.json: who it is for, how long, and whether we offer it. */
export function ProgrammeFacts({ programme: id }: ProgrammeFactsProps) {
  const programme = getService().programmes.find((p) => p.id === id);
  if (!programme) return null;
  const rows: [string, string][] = [
    ["Who it is for", `${agesLabel(programme)}, ${ageBandSentence(programme)}`],
    ["How it works", formatDescription(programme)],
    ["How many sessions", sessionCount(programme)],
  ];
  return (
    <>
      {programme.offered ? null : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>We do not offer this at the moment. You can still ask us about it.</p>
        </div>
      )}
      <dl className="nhsuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{key}</dt>
            <dd className="nhsuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
