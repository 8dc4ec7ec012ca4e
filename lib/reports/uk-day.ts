import { isWorkingDay, londonParts, nextIsoDate, workingDaysBetween, type OfficeHours } from "@/lib/calendar";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// London is always a whole number of hours from UTC, and the clocks change on the hour. So the
// offset is asked of the time-zone data at the start and end of each UTC day: when the two agree
// (every day but the two a year when the clocks change) it holds for the whole day; otherwise
// each hour of that day is asked. A two-year report then makes about 1,500 look-ups, not one per
// referral and action.
const offsetByUtcDay = new Map<number, number | Map<number, number>>();

function offsetAt(hourStart: number): number {
  const londonHour = Math.floor(londonParts(new Date(hourStart)).minuteOfDay / 60);
  return ((((londonHour - new Date(hourStart).getUTCHours()) % 24) + 24) % 24) * HOUR;
}

function londonOffset(instant: Date): number {
  const t = instant.getTime();
  const day = Math.floor(t / DAY);
  let known = offsetByUtcDay.get(day);
  if (known === undefined) {
    const atStart = offsetAt(day * DAY);
    known = atStart === offsetAt(day * DAY + 23 * HOUR) ? atStart : new Map<number, number>();
    offsetByUtcDay.set(day, known);
  }
  if (typeof known === "number") return known;
  const hour = Math.floor(t / HOUR);
  let offset = known.get(hour);
  if (offset === undefined) {
    offset = offsetAt(hour * HOUR);
    known.set(hour, offset);
  }
  return offset;
}

/** The London calendar day of an instant ("2026-11-30"): londonParts(instant).isoDate, faster. */
export function ukDay(instant: Date): string {
  return new Date(instant.getTime() + londonOffset(instant)).toISOString().slice(0, 10);
}

/**
 * Working days between instants, as lib/calendar's workingDaysBetween counts them (the working
 * days after the start's day, up to and including the end's day), from a running count per day
 * from `first` to `last` worked out once: a subtraction per referral instead of a walk through the
 * calendar. Days outside that range (an action stamped after `now` by a skewed clock) take the walk.
 */
export function workingDayCounter(first: string, last: string, hours: OfficeHours): (start: Date, end: Date) => number {
  const upTo = new Map<string, number>([[first, 0]]);
  for (let day = first, n = 0; day < last;) {
    day = nextIsoDate(day);
    if (isWorkingDay(day, hours)) n++;
    upTo.set(day, n);
  }
  return (start, end) => {
    if (end <= start) return 0;
    const from = upTo.get(ukDay(start));
    const to = upTo.get(ukDay(end));
    return from === undefined || to === undefined ? workingDaysBetween(start, end, hours) : to - from;
  };
}
