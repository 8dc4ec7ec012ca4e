import type { AuditRow } from "@/lib/audit/browse";
import { formatDateTime } from "./format";

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (!rows.length) return <p>No entries match.</p>;
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audit log entries, newest first</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">IP address</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time>
              </td>
              <td>{row.actor}</td>
              <td>{row.action}</td>
              <td className="admin-detail">
                {row.target && /^[0-9a-f-]{36}$/.test(row.target) ? (
                  <a href={`/admin/referrals/${row.target}`}>{row.target}</a>
                ) : (
                  row.target
                )}
              </td>
              <td>{row.ip}</td>
              <td className="admin-detail">{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
