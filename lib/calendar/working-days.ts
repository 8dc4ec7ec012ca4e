import { londonParts, nextIsoDate } from "./london-time";
import { isWorkingDay, type OfficeHours } from "./office-hours";

/**
 * Whole working days from `start` to `end`, counted as the team counts them: each of its working
 * days after the day of `start`, up to and including the day of `end`, skipping bank holidays.
 */
export function workingDaysBetween(start: Date, end: Date, hours: OfficeHours): number {
  if (end <= start) return 0;
  const last = londonParts(end).isoDate;
  let count = 0;
  for (let day = nextIsoDate(londonParts(start).isoDate); day <= last; day = nextIsoDate(day)) {
    if (isWorkingDay(day, hours)) count++;
  }
  return count;
}
