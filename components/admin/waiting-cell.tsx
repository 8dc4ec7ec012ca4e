import type { Waiting } from "@/lib/triage/working-days";
import { formatDateTime, plural } from "./format";

/**
 * The inbox's "Waiting" cell: working days waited, and the referral's own target. An urgent
 * referral shows when its same-day call is due, not the routine working-day target (issue 10);
 * past either target is said in words, not just by colour.
 */
export function WaitingCell({ waiting, targetWorkingDays }: { waiting: Waiting; targetWorkingDays: number }) {
  const days = plural(waiting.workingDays, "working day");
  if (waiting.urgentDue) {
    const due = formatDateTime(waiting.urgentDue);
    return (
      <td className={waiting.overdue ? "admin-overdue" : undefined}>
        {days}
        <br />
        <span className="nhsuk-body-s">
          {waiting.overdue ? `Past the urgent target: call was due by ${due}` : `Urgent target: call by ${due}`}
        </span>
      </td>
    );
  }
  return (
    <td className={waiting.overdue ? "admin-overdue" : undefined}>
      {days}
      {waiting.overdue && <> (over the {targetWorkingDays}-day target)</>}
    </td>
  );
}
