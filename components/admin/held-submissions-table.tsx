import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";
import { JOURNEY_LABELS, type HeldSummary } from "@/lib/triage";
import { formatDateTime } from "./format";
import { UrgentTag } from "./status-tag";

const HOLD_REASONS: Record<string, string> = {
  "rate-limited": "Too many forms from one address in an hour",
};

/**
 * Submissions a limit refused, waiting for staff: release what is genuine into the inbox, discard
 * spam. Journey, urgency, why and when only: the answers stay unseen until released. Discarding
 * deletes the answers, so it takes a second step (an expanding panel that needs no JavaScript).
 */
export function HeldSubmissionsTable({
  rows,
  release,
  discard,
}: {
  rows: HeldSummary[];
  release: FormActionFn;
  discard: FormActionFn;
}) {
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Held submissions</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Form</th>
            <th scope="col">Received</th>
            <th scope="col">Why it was held</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => {
            const received = formatDateTime(row.createdAt);
            return (
              <tr key={row.id}>
                <td>
                  {JOURNEY_LABELS[row.journey]} {row.urgent && <UrgentTag />}
                </td>
                <td>{received}</td>
                <td>{HOLD_REASONS[row.reason] ?? row.reason}</td>
                <td>
                  <ServerForm
                    id={`release-${row.id}`}
                    action={release}
                    hidden={{ heldId: row.id }}
                    fields={[]}
                    submitLabel={`Release to inbox: received ${received}`}
                  />
                  <details className="nhsuk-details">
                    <summary className="nhsuk-details__summary">
                      <span className="nhsuk-details__summary-text">Discard as spam</span>
                    </summary>
                    <div className="nhsuk-details__text">
                      <p>Its answers are deleted for good. Only the fact that it was held is kept.</p>
                      <ServerForm
                        id={`discard-${row.id}`}
                        action={discard}
                        hidden={{ heldId: row.id }}
                        fields={[]}
                        submitLabel={`Discard as spam: received ${received}`}
                        variant="warning"
                      />
                    </div>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
