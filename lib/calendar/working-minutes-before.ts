import { londonInstant, londonParts } from "./london-time";
import { isWorkingDay, minutesOf, type OfficeHours } from "./office-hours";

// Further back than any threshold the settings allow (40 working hours), with Christmas between.
const LONGEST_WALK_DAYS = 60;

const previousIsoDate = (isoDate: string) => {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
};

/**
 * The latest instant from which `minutes` of office hours have passed by `now`: a referral that
 * arrived at or before it has waited at least that long (workingMinutesBetween), one after it has
 * not. One time a database query can compare `created_at` with, instead of a sum per row.
 */
export function workingMinutesBefore(now: Date, minutes: number, hours: OfficeHours): Date {
  const opens = minutesOf(hours.opens);
  const closes = minutesOf(hours.closes);
  let remaining = minutes * 60_000;
  let day = londonParts(now).isoDate;
  for (let i = 0; i < LONGEST_WALK_DAYS; i++, day = previousIsoDate(day)) {
    if (!isWorkingDay(day, hours)) continue;
    const from = londonInstant(day, opens).getTime();
    const to = Math.min(londonInstant(day, closes).getTime(), now.getTime());
    if (to <= from) continue;
    if (remaining <= to - from) return new Date(to - remaining);
    remaining -= to - from;
  }
  return londonInstant(day, 0);
}
