import { londonInstant, londonParts, nextReading, type OfficeHours } from "@/lib/calendar";
import { minutesOf } from "@/lib/calendar/office-hours";
import { waitingFor, type Waiting } from "./working-days";

// Issue 10: an urgent referral is not held to the routine "within N working days". The team's
// urgent standard (service.json `urgentStandard`: a clinician phones the same working day the form
// is read) becomes a time staff can see: the close of the working day on which the team first reads
// it. One sent during office hours is due by closing time that day, even if it came late in the
// afternoon (a duty clinician should still try); one sent in the evening, at a weekend or on a
// bank holiday is due by closing time on the next working day.

/** When an urgent referral sent at `createdAt` should have had its same-day call. */
export function urgentDue(createdAt: Date, hours: OfficeHours): Date {
  const reading = nextReading(createdAt, hours);
  if (reading.kind === "now") return reading.until;
  return londonInstant(londonParts(reading.at).isoDate, minutesOf(hours.closes));
}

/**
 * How long a referral has waited, and whether it is past its own target: the urgent one for an
 * urgent referral (with its due time), the routine working-day target for the rest.
 */
export function waitingAgainstTarget(
  referral: { createdAt: Date; urgent: boolean },
  now: Date,
  targetWorkingDays: number,
  stillOpen: boolean,
  hours: OfficeHours,
): Waiting {
  const waiting = waitingFor(referral.createdAt, now, targetWorkingDays, stillOpen, hours);
  if (!referral.urgent) return waiting;
  const due = urgentDue(referral.createdAt, hours);
  return { ...waiting, urgentDue: due, overdue: stillOpen && now >= due };
}
