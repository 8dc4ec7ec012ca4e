import { STATUS_LABELS, STATUS_TAG_COLOURS, type Status } from "@/lib/triage/labels";

export function StatusTag({ status }: { status: Status }) {
  return <strong className={`nhsuk-tag nhsuk-tag--${STATUS_TAG_COLOURS[status]}`}>{STATUS_LABELS[status]}</strong>;
}

export function UrgentTag() {
  return <strong className="nhsuk-tag nhsuk-tag--red">Urgent</strong>;
}
