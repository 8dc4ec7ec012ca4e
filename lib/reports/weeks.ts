import { londonInstant, nextIsoDate, weekdayOf } from "@/lib/calendar";
import { ukDay } from "./uk-day";

/**
 * UK weeks run Monday to Sunday on London's clock. An instant belongs to the week of the London
 * calendar day it falls on, so a referral sent at 00:30 on a Monday in summer (23:30 UTC on the
 * Sunday) counts in the new week, and the clock changes move no one into the wrong week.
 */

/** The calendar day `days` after (or before, when negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The Monday on or before this calendar day. */
export function mondayOf(isoDate: string): string {
  return addDays(isoDate, -((weekdayOf(isoDate) + 6) % 7));
}

const mondays = new Map<string, string>();

/** The Monday (a London calendar date) of the UK week this instant falls in. */
export function ukWeekOf(instant: Date): string {
  const day = ukDay(instant);
  let monday = mondays.get(day);
  if (monday === undefined) mondays.set(day, (monday = mondayOf(day)));
  return monday;
}

/** Every UK week that overlaps the days `from` to `to` (inclusive), as their Mondays, in order. */
export function weeksCovering(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/** Midnight at the start of a London calendar day, as an instant (23:00 UTC the day before in summer). */
export function startOfUkDay(isoDate: string): Date {
  return londonInstant(isoDate, 0);
}

/** The instant the day after `isoDate` begins in London: the exclusive end of a period ending that day. */
export function endOfUkDay(isoDate: string): Date {
  return londonInstant(nextIsoDate(isoDate), 0);
}
