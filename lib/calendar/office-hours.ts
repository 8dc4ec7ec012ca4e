import { isBankHoliday, type Division } from "./bank-holidays";
import { londonInstant, londonParts, nextIsoDate, weekdayOf } from "./london-time";

export const weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type WeekdayName = (typeof weekdayNames)[number];

/** When the team reads forms, from content/service.json. Times are UK local time. */
export interface OfficeHours {
  days: readonly WeekdayName[];
  /** "09:00" */
  opens: string;
  /** "17:00" */
  closes: string;
  bankHolidays: Division;
}

export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A day the team works: one of its weekdays and not a bank holiday where it is. */
export function isWorkingDay(isoDate: string, hours: OfficeHours): boolean {
  return hours.days.includes(weekdayNames[weekdayOf(isoDate)]!) && !isBankHoliday(isoDate, hours.bankHolidays);
}

export type NextReading = { kind: "now"; until: Date } | { kind: "later"; at: Date };

// Long enough to pass Christmas and New Year in every division, short enough to stop a bad config.
const LOOK_AHEAD_DAYS = 21;

/** Whether the team is reading forms at `now`, or when it next will. */
export function nextReading(now: Date, hours: OfficeHours): NextReading {
  const opens = minutesOf(hours.opens);
  const closes = minutesOf(hours.closes);
  const today = londonParts(now);
  if (isWorkingDay(today.isoDate, hours) && today.minuteOfDay >= opens && today.minuteOfDay < closes) {
    return { kind: "now", until: londonInstant(today.isoDate, closes) };
  }
  let day = today.isoDate;
  if (!isWorkingDay(day, hours) || today.minuteOfDay >= opens) day = nextIsoDate(day);
  for (let i = 0; i < LOOK_AHEAD_DAYS; i++, day = nextIsoDate(day)) {
    if (isWorkingDay(day, hours)) return { kind: "later", at: londonInstant(day, opens) };
  }
  throw new Error(`No working day within ${LOOK_AHEAD_DAYS} days: check officeHours in content/service.json`);
}

/** "9am", "5:30pm", "midday", as GOV.UK writes times. */
export function spokenTime(minuteOfDay: number): string {
  if (minuteOfDay === 12 * 60) return "midday";
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  const suffix = hour < 12 ? "am" : "pm";
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, "0")}${suffix}`;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "long",
  day: "numeric",
  month: "long",
});

/**
 * One sentence a worried person can act on: "We are reading forms now, until 5pm today." or
 * "We next read forms on Monday 8 December at 9am."
 */
export function nextReadingSentence(now: Date, hours: OfficeHours): string {
  const next = nextReading(now, hours);
  if (next.kind === "now") return `We are reading forms now, until ${spokenTime(minutesOf(hours.closes))} today.`;
  const at = spokenTime(minutesOf(hours.opens));
  const day = londonParts(next.at).isoDate;
  const today = londonParts(now).isoDate;
  if (day === today) return `We next read forms today at ${at}.`;
  if (day === nextIsoDate(today)) return `We next read forms tomorrow at ${at}.`;
  return `We next read forms on ${dayFormat.format(next.at)} at ${at}.`;
}
