import { riskFlagLabels, type RiskFlag } from "@/lib/referrals/risk-flags";
import { STATUS_LABELS, STATUS_TAG_COLOURS, type Status } from "@/lib/triage/labels";

export function StatusTag({ status }: { status: Status }) {
  return <strong className={`nhsuk-tag nhsuk-tag--${STATUS_TAG_COLOURS[status]}`}>{STATUS_LABELS[status]}</strong>;
}

export function UrgentTag() {
  return <strong className="nhsuk-tag nhsuk-tag--red">Urgent</strong>;
}

/** Shown while the worker has failed to email the team for over 30 minutes, so staff look here instead. */
export function EmailNotSentTag() {
  return <strong className="nhsuk-tag nhsuk-tag--orange">Email to team not sent</strong>;
}

/** A risk or safeguarding flag, in words (never colour alone). */
export function RiskFlagTag({ flag }: { flag: RiskFlag }) {
  return <strong className="nhsuk-tag nhsuk-tag--red">{riskFlagLabels[flag]}</strong>;
}

/** The young person has added their own view through their private link. */
export function YoungPersonViewTag() {
  return <strong className="nhsuk-tag nhsuk-tag--blue">Young person&apos;s view added</strong>;
}
