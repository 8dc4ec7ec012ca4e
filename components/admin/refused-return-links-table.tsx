import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";
import type { RefusedReturnLinkRow } from "@/lib/triage";
import { formatDateTime } from "./format";

/**
 * "Save and come back later" emails the mail server refused or that ran out of retries, each with
 * "Send again". Times and the mail server's code only: no address, no answers (the person has not
 * sent a referral).
 */
export function RefusedReturnLinksTable({ rows, resend }: { rows: RefusedReturnLinkRow[]; resend: FormActionFn }) {
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          Save and come back later emails refused
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Asked for</th>
            <th scope="col">Why not sent</th>
            <th scope="col">Link works until</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row, index) => (
            <tr key={row.linkId}>
              <td>{formatDateTime(row.askedAt)}</td>
              <td>
                {row.why === "refused"
                  ? `Refused by the mail server ${formatDateTime(row.refusedAt)}`
                  : `Could not reach the mail server; gave up ${formatDateTime(row.refusedAt)}`}
                {row.smtpCode ? ` (code ${row.smtpCode})` : ""}
              </td>
              <td>{formatDateTime(row.validUntil)}</td>
              <td>
                <ServerForm
                  id={`resend-link-${row.linkId}`}
                  action={resend}
                  hidden={{ linkId: row.linkId }}
                  fields={[]}
                  submitLabel={`Send again: link ${index + 1}`}
                  variant="secondary"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
