import type { ReadableAuditRow } from "@/lib/triage/audit-log";
import { formatDateTime } from "./format";

/** The audit log in words, each with its reference and who did it; the raw entry behind "Raw data". */
export function AuditTable({ rows }: { rows: ReadableAuditRow[] }) {
  if (!rows.length) return <p>No entries match.</p>;
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audit log entries, newest first</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Referral</th>
            <th scope="col">Raw data</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="admin-nowrap">
                <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time>
              </td>
              <td>{row.actor}</td>
              <td>
                {row.words}
                {row.target && <span className="nhsuk-body-s"> ({row.target})</span>}
              </td>
              <td className="admin-nowrap">
                {row.referral?.id ? (
                  <a href={`/admin/referrals/${row.referral.id}`}>{row.referral.reference}</a>
                ) : (
                  (row.referral?.reference ?? "")
                )}
              </td>
              <td>
                <details className="admin-raw">
                  <summary>
                    Raw data<span className="nhsuk-u-visually-hidden"> for entry {row.id}</span>
                  </summary>
                  <dl className="admin-detail">
                    <dt>Action</dt>
                    <dd>
                      <code>{row.action}</code>
                    </dd>
                    <dt>Target</dt>
                    <dd>{row.target ?? row.referral?.id ?? "None"}</dd>
                    <dt>IP address</dt>
                    <dd>{row.ip ?? "None"}</dd>
                    <dt>Detail</dt>
                    <dd>
                      <code>{row.detail ?? "None"}</code>
                    </dd>
                  </dl>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
