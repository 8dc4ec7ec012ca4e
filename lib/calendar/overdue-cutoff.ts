import { londonInstant, londonParts } from "./london-time";
import { isWorkingDay, type OfficeHours } from "./office-hours";

// Long enough for any response standard the config allows, with holidays between.
const LONGEST_WALK_DAYS = 400;

const previousIsoDate = (isoDate: string) => {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
};

/**
 * The instant before which a referral still waiting at `now` is past the response standard: the
 * same rule as workingDaysBetween (working days after the day it arrived, up to today, more than
 * `targetWorkingDays`), as one time a database query can compare `created_at` with.
 */
export function overdueCutoff(now: Date, targetWorkingDays: number, hours: OfficeHours): Date {
  let day = londonParts(now).isoDate;
  let counted = 0;
  for (let i = 0; i < LONGEST_WALK_DAYS; i++, day = previousIsoDate(day)) {
    if (isWorkingDay(day, hours)) counted++;
    // Arriving on any day before this one leaves more than the target's working days up to today.
    if (counted > targetWorkingDays) return londonInstant(day, 0);
  }
  throw new Error(`No ${targetWorkingDays + 1} working days within ${LONGEST_WALK_DAYS} days: check officeHours`);
}
