import { workingDaysBetween, type OfficeHours } from "@/lib/calendar";

export interface Waiting {
  workingDays: number;
  /** Past the service's promise to respond, and still waiting for the team. */
  overdue: boolean;
  /** An urgent referral's own target: its same-day call is due by then (lib/triage/urgent-target.ts). */
  urgentDue?: Date;
}

/** How long a referral has waited, in the team's working days (bank holidays skipped). */
export function waitingFor(
  createdAt: Date,
  now: Date,
  targetWorkingDays: number,
  stillOpen: boolean,
  hours: OfficeHours,
): Waiting {
  const workingDays = workingDaysBetween(createdAt, now, hours);
  return { workingDays, overdue: stillOpen && workingDays > targetWorkingDays };
}
