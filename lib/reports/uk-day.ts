import { isWorkingDay, londonParts, nextIsoDate, workingDaysBetween, type OfficeHours } from "@/lib/calendar";

const HOUR = 3_600_000;
// London is always a whole number of hours from UTC, and changes only on an hour: so the offset
// found for one instant holds for its whole UTC hour. Asking the time-zone data once an hour
// instead of once a referral keeps a two-year report quick.
const offsetByUtcHour = new Map<number, number>();

function londonOffset(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    const parts = londonParts(new Date(hour * HOUR));
    const londonHour = Math.floor(parts.minuteOfDay / 60);
    const utcHour = new Date(hour * HOUR).getUTCHours();
    offset = (((londonHour - utcHour) % 24) + 24) % 24;
    offsetByUtcHour.set(hour, offset);
  }
  return offset * HOUR;
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
