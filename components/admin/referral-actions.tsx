import { REASON_REQUIRED, transitionsFor } from "@/lib/triage/workflow";
import { isEnquiry, STATUS_LABELS, type Journey, type Status } from "@/lib/triage/labels";
import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";
import { outcomeFields } from "./outcome-fields";

type Action = FormActionFn;

export interface ReferralActionsProps {
  referralId: string;
  journey: Journey;
  status: Status;
  assigneeId: string | null;
  staff: { id: string; name: string }[];
  /** The programme the person is placed in, named in the words for "accepted". */
  programme?: string | null;
  actions: { assign: Action; changeStatus: Action; addNote: Action };
}

/** Assign, move through the workflow and add a note: three small forms that work without JavaScript. */
export function ReferralActions({
  referralId,
  journey,
  status,
  assigneeId,
  staff,
  programme = null,
  actions,
}: ReferralActionsProps) {
  const next = transitionsFor(journey, status);
  const enquiry = isEnquiry(journey);
  return (
    <>
      <h2 id="assign">Assign</h2>
      <ServerForm
        id="assign-form"
        action={actions.assign}
        hidden={{ referralId }}
        submitLabel="Assign"
        variant="secondary"
        fields={[
          {
            kind: "select",
            name: "assigneeId",
            label: "Assigned to",
            defaultValue: assigneeId ?? "",
            options: [{ value: "", label: "No one" }, ...staff.map((s) => ({ value: s.id, label: s.name }))],
          },
        ]}
      />
      <h2 id="status">Status</h2>
      {next.length ? (
        <ServerForm
          id="status-form"
          action={actions.changeStatus}
          hidden={{ referralId, from: status }}
          submitLabel="Change status"
          variant="secondary"
          fields={[
            {
              kind: "radios",
              name: "to",
              label: `Move from ${STATUS_LABELS[status]} to`,
              options: next.map((to) => ({
                value: to,
                label: STATUS_LABELS[to],
                hint: REASON_REQUIRED.includes(to) ? "A reason is needed" : undefined,
              })),
            },
            {
              kind: "textarea",
              name: "reason",
              label: "Reason",
              rows: 4,
              hint: enquiry
                ? "Optional. The person may ask to see it."
                : "Needed for accepted, signposted, declined and withdrawn. The person may ask to see it.",
            },
            ...outcomeFields(next, programme),
          ]}
        />
      ) : (
        <p>{enquiry ? "This enquiry is closed." : "This referral is closed."}</p>
      )}
      <h2 id="notes">Add a note</h2>
      <ServerForm
        id="note-form"
        action={actions.addNote}
        hidden={{ referralId }}
        submitLabel="Add note"
        variant="secondary"
        fields={[
          {
            kind: "textarea",
            name: "body",
            label: "Note",
            rows: 4,
            hint: "Internal to the team. Notes cannot be changed or deleted once added.",
          },
        ]}
      />
    </>
  );
}
