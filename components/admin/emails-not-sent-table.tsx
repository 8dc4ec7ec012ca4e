import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";
import type { EmailNotSentRow } from "@/lib/triage";
import { formatDateTime } from "./format";

type Action = FormActionFn;

const KIND_LABELS = {
  notification: "Email to team",
  acknowledgement: "Acknowledgement to the person",
  outcome: "Outcome email to the referrer",
  gpOutcome: "Outcome email to the GP practice",
} as const;

/** Emails that will not go out unless staff act, each with "Send again". References and times only. */
export function EmailsNotSentTable({ rows, resend }: { rows: EmailNotSentRow[]; resend: Action }) {
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Emails not sent</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Received</th>
            <th scope="col">Not sent</th>
            <th scope="col">Why</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.referralId}>
              <td>
                <a href={`/admin/referrals/${row.referralId}`}>{row.reference}</a>
              </td>
              <td>{formatDateTime(row.receivedAt)}</td>
              <td>
                {row.unsent.length ? row.unsent.map((kind) => KIND_LABELS[kind]).join(", ") : "None (sent since)"}
              </td>
              <td>
                {row.refusedAt
                  ? `Refused by the mail server ${formatDateTime(row.refusedAt)}`
                  : "Gave up after a week of retries"}
              </td>
              <td>
                <ServerForm
                  id={`resend-${row.referralId}`}
                  action={resend}
                  hidden={{ referralId: row.referralId }}
                  fields={[]}
                  submitLabel={`Send again: ${row.reference}`}
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
