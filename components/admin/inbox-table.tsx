import type { InboxRow } from "@/lib/triage/inbox";
import { JOURNEY_LABELS } from "@/lib/triage/labels";
import { formatDateTime, plural } from "./format";
import { SeverityCell } from "./severity-cell";
import type { Severity } from "@/lib/triage/measures";
import { EmailNotSentTag, RiskFlagTag, StatusTag, UrgentTag, YoungPersonViewTag } from "./status-tag";

export interface InboxTableProps {
  rows: InboxRow[];
  targetWorkingDays: number;
  /** Standard measure scores by referral id (lib/triage/measures.ts). */
  severity?: Record<string, Severity[]>;
}

/** The inbox list, urgent first then oldest waiting. Overdue waits are said in words, not just colour. */
export function InboxTable({ rows, targetWorkingDays, severity = {} }: InboxTableProps) {
  if (!rows.length) return <p>No referrals match. Try clearing the search or filters.</p>;
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          Referrals and enquiries, urgent first, then oldest first
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Severity</th>
            <th scope="col">Received</th>
            <th scope="col">Waiting</th>
            <th scope="col">Assigned to</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.id} className={row.urgent ? "admin-row--urgent" : undefined}>
              <td>
                <a href={`/admin/referrals/${row.id}`}>{row.reference}</a>
                {row.urgent && (
                  <>
                    {" "}
                    <UrgentTag />
                  </>
                )}
                {row.flags.map((flag) => (
                  <span key={flag}>
                    {" "}
                    <RiskFlagTag flag={flag} />
                  </span>
                ))}
                {row.emailToTeamNotSent && (
                  <>
                    {" "}
                    <EmailNotSentTag />
                  </>
                )}
                {row.youngPersonViewAdded && (
                  <>
                    {" "}
                    <YoungPersonViewTag />
                  </>
                )}
              </td>
              <td>{row.name}</td>
              <td>{JOURNEY_LABELS[row.journey]}</td>
              <td>
                <StatusTag status={row.status} />
              </td>
              <td>
                <SeverityCell scores={severity[row.id]} />
              </td>
              <td>{formatDateTime(row.createdAt)}</td>
              <td className={row.waiting.overdue ? "admin-overdue" : undefined}>
                {plural(row.waiting.workingDays, "working day")}
                {row.waiting.overdue && <> (over the {targetWorkingDays}-day target)</>}
              </td>
              <td>{row.assignee ?? "No one"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
