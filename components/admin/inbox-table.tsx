import type { InboxRow } from "@/lib/triage/inbox";
import { JOURNEY_LABELS, type Queue } from "@/lib/triage/labels";
import { DuplicateTag } from "./duplicate-tag";
import { formatDateTime } from "./format";
import { SeverityCell } from "./severity-cell";
import { WaitingCell } from "./waiting-cell";
import { EmailNotSentTag, RiskFlagTag, StatusTag, UrgentTag, YoungPersonViewTag } from "./status-tag";
import type { Severity } from "@/lib/triage/measures";

export interface InboxTableProps {
  rows: InboxRow[];
  targetWorkingDays: number;
  programmes: { id: string; name: string }[];
  queue?: Queue;
  /** Standard measure scores by referral id (lib/triage/measures.ts). */
  severity?: Record<string, Severity[]>;
}

/** Everything that should catch the eye, in words: urgent, risk flags, duplicates, unsent email. */
function Flags({ row }: { row: InboxRow }) {
  const tags = [
    ...(row.urgent ? [<UrgentTag key="urgent" />] : []),
    ...row.flags.map((flag) => <RiskFlagTag key={flag} flag={flag} />),
    ...row.duplicates.map((d) => <DuplicateTag key={d.matchId} link={d} />),
    ...(row.emailToTeamNotSent ? [<EmailNotSentTag key="email" />] : []),
    ...(row.youngPersonViewAdded ? [<YoungPersonViewTag key="view" />] : []),
  ];
  if (!tags.length) return <span className="nhsuk-u-visually-hidden">None</span>;
  return (
    <ul className="admin-tag-list">
      {tags.map((tag) => (
        <li key={tag.key}>{tag}</li>
      ))}
    </ul>
  );
}

/** The inbox list, urgent first then oldest waiting. Overdue waits are said in words, not just colour. */
export function InboxTable({
  rows,
  targetWorkingDays,
  programmes,
  queue = "referrals",
  severity = {},
}: InboxTableProps) {
  if (!rows.length)
    return (
      <p>{queue === "enquiries" ? "No enquiries match." : "No referrals match."} Try clearing the search or filters.</p>
    );
  const programmeName = (id: string | null) => (id ? (programmes.find((p) => p.id === id)?.name ?? id) : "None");
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table admin-inbox">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          {queue === "enquiries" ? "Enquiries" : "Referrals"}, urgent first, then oldest first
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Name</th>
            <th scope="col">Received</th>
            <th scope="col">Waiting</th>
            {queue === "referrals" ? (
              <>
                <th scope="col">Age</th>
                <th scope="col">Suggested programme</th>
                <th scope="col">Severity</th>
              </>
            ) : (
              <th scope="col">Type</th>
            )}
            <th scope="col">Flags</th>
            <th scope="col">Status</th>
            <th scope="col">Assigned to</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.id} className={row.urgent ? "admin-row--urgent" : undefined}>
              <td className="admin-nowrap">
                <a href={`/admin/referrals/${row.id}`}>{row.reference}</a>
              </td>
              <td>{row.name}</td>
              <td>{formatDateTime(row.createdAt)}</td>
              <WaitingCell waiting={row.waiting} targetWorkingDays={targetWorkingDays} />
              {queue === "referrals" ? (
                <>
                  <td>{row.age ?? "Not given"}</td>
                  <td>
                    {programmeName(row.suggestedProgramme)}
                    {row.programme !== row.suggestedProgramme && (
                      <span className="nhsuk-body-s"> (placed in: {programmeName(row.programme)})</span>
                    )}
                  </td>
                  <td>
                    <SeverityCell scores={severity[row.id]} />
                  </td>
                </>
              ) : (
                <td>{JOURNEY_LABELS[row.journey]}</td>
              )}
              <td>
                <Flags row={row} />
              </td>
              <td>
                <StatusTag status={row.status} />
              </td>
              <td>{row.assignee ?? "No one"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
