import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";
import { NO_PROGRAMME } from "@/lib/triage/labels";

export interface ProgrammeAndUrgencyFormsProps {
  referralId: string;
  /** The programme the referral is in now; null when it is to be signposted elsewhere. */
  programme: string | null;
  urgent: boolean;
  programmes: readonly { id: string; name: string }[];
  actions: { changeProgramme: FormActionFn; changeUrgency: FormActionFn };
}

/**
 * Staff overrule the suggested programme or the urgency, always with a reason: both are clinical
 * decisions the change history must explain. Two small forms that work without JavaScript; their
 * field names (which are also the ids of their inputs) differ from the status form's and from the
 * headings' ids, because ids on one page must be unique; the reasons are asked as questions, so no
 * label reads like the status form's "Reason".
 */
export function ProgrammeAndUrgencyForms({
  referralId,
  programme,
  urgent,
  programmes,
  actions,
}: ProgrammeAndUrgencyFormsProps) {
  return (
    <>
      <h2 id="change-programme">Programme</h2>
      <ServerForm
        id="programme-form"
        action={actions.changeProgramme}
        hidden={{ referralId }}
        submitLabel="Change programme"
        variant="secondary"
        fields={[
          {
            kind: "radios",
            name: "programme",
            label: "Programme",
            defaultValue: programme ?? NO_PROGRAMME,
            options: [
              ...programmes.map((p) => ({ value: p.id, label: p.name })),
              { value: NO_PROGRAMME, label: "None: signpost elsewhere" },
            ],
          },
          {
            kind: "textarea",
            name: "programmeReason",
            label: "Why are you changing the programme?",
            rows: 3,
            hint: "Kept in the change history. The person may ask to see it.",
          },
        ]}
      />
      <h2 id="change-urgency">Urgency</h2>
      <ServerForm
        id="urgency-form"
        action={actions.changeUrgency}
        hidden={{ referralId }}
        submitLabel="Change urgency"
        variant="secondary"
        fields={[
          {
            kind: "radios",
            name: "urgency",
            label: "Urgency",
            defaultValue: urgent ? "urgent" : "routine",
            options: [
              { value: "urgent", label: "Urgent", hint: "The team's urgent standard applies" },
              { value: "routine", label: "Routine" },
            ],
          },
          {
            kind: "textarea",
            name: "urgencyReason",
            label: "Why are you changing the urgency?",
            rows: 3,
            hint: "Kept in the change history. The person may ask to see it.",
          },
        ]}
      />
    </>
  );
}
