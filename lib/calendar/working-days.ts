import { bankHolidaysBetween } from "./bank-holidays";
import { londonParts } from "./london-time";
import { weekdayNames, type OfficeHours } from "./office-hours";

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/**
 * Whole working days from `start` to `end`, counted as the team counts them: each of its working
 * days after the day of `start`, up to and including the day of `end`, skipping bank holidays.
 * Worked out from whole weeks and the bank-holiday list rather than day by day: the inbox does this
 * for every row it shows, and a referral can have waited years (tests/unit/working-days-fast.test.ts
 * checks it against the day-by-day count).
 */
export function workingDaysBetween(start: Date, end: Date, hours: OfficeHours): number {
  if (end <= start) return 0;
  const firstIso = londonParts(start).isoDate;
  const lastIso = londonParts(end).isoDate;
  const first = dayNumber(firstIso) + 1;
  const last = dayNumber(lastIso);
  if (last < first) return 0;
  const works = weekdayNames.map((name) => hours.days.includes(name));
  const perWeek = works.filter(Boolean).length;
  const span = last - first + 1;
  let count = Math.floor(span / 7) * perWeek;
  // Day 0 of the Unix epoch (1 January 1970) was a Thursday: weekday 4.
  for (let day = first + span - (span % 7); day <= last; day++) if (works[(day + 4) % 7]) count++;
  for (const holiday of bankHolidaysBetween(firstIso, lastIso, hours.bankHolidays)) {
    if (works[(dayNumber(holiday) + 4) % 7]) count--;
  }
  return count;
}
