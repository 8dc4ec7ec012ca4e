import { getService } from "@/lib/config";
import type { Field } from "@/lib/forms/fields";
import { STATUS_LABELS, type Status } from "@/lib/triage/labels";
import { isOutcome, outcomeChoices, SHARED_TEXT_MAX } from "@/lib/triage/outcome-words";

/**
 * The status form's outcome fields: the words the person (and a professional referrer) will see,
 * picked from service.json's list, and optional words of staff's own, shared only when ticked.
 */
export function outcomeFields(next: readonly Status[], programmeId: string | null): Field[] {
  const outcomes = next.filter(isOutcome);
  if (!outcomes.length) return [];
  const programme = getService().programmes.find((p) => p.id === programmeId)?.name ?? null;
  return [
    {
      // A select, not radios: the words repeat the status names, and one list keeps the form short.
      kind: "select",
      name: "outcomeWords",
      label: "For an outcome: what the person will see",
      hint: "Shown at check progress and in the email to a professional who referred. Choose words for the outcome you chose; an outcome with only one choice uses it.",
      defaultValue: "",
      options: [
        { value: "", label: "Choose the words" },
        ...outcomes.flatMap((o) =>
          outcomeChoices(o, programme).map((c) => ({ ...c, label: `${STATUS_LABELS[o]}: ${c.label}` })),
        ),
      ],
    },
    {
      kind: "textarea",
      name: "sharedText",
      label: "Words of your own for the person (optional)",
      hint: `Shown only if you tick share with the person. No clinical detail. Up to ${SHARED_TEXT_MAX} characters.`,
      maxLength: SHARED_TEXT_MAX,
      rows: 3,
    },
    {
      kind: "checkboxes",
      name: "shareWithPerson",
      label: "Share these words",
      options: [{ value: "yes", label: "Share with the person" }],
    },
  ];
}
