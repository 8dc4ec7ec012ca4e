import { londonInstant, londonParts, nextIsoDate } from "./london-time";
import { isWorkingDay, minutesOf, type OfficeHours } from "./office-hours";

// Past this many calendar days any threshold in working hours has long passed; stops the walk.
const LONGEST_WALK_DAYS = 60;

/**
 * Minutes of the team's office hours between `start` and `end`: only working days (bank holidays
 * skipped), only between opening and closing, UK local time. A referral sent at 4:30pm on a Friday
 * has waited 30 working minutes by Monday 9am.
 */
export function workingMinutesBetween(start: Date, end: Date, hours: OfficeHours): number {
  if (end <= start) return 0;
  const opens = minutesOf(hours.opens);
  const closes = minutesOf(hours.closes);
  const last = londonParts(end).isoDate;
  let total = 0;
  let day = londonParts(start).isoDate;
  for (let i = 0; i < LONGEST_WALK_DAYS && day <= last; i++, day = nextIsoDate(day)) {
    if (!isWorkingDay(day, hours)) continue;
    const from = Math.max(londonInstant(day, opens).getTime(), start.getTime());
    const to = Math.min(londonInstant(day, closes).getTime(), end.getTime());
    if (to > from) total += (to - from) / 60_000;
  }
  return Math.floor(total);
}
