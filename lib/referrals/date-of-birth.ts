import { z } from "zod";

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

// The string's own message covers every problem with it, the length included.
const part = z.string({ error: "Enter a number" }).trim().max(4);

/** A real calendar date from day/month/year fields, or null. */
export function toDate(parts: DateParts): Date | null {
  if (![parts.day, parts.month, parts.year].every((p) => /^\d+$/.test(p.trim()))) return null;
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  // A date that does not exist rolls over into another (31 February into March, day 0 into the
  // month before, month 13 into next year), and JavaScript reads a year under 100 as 19xx: either
  // way it reads back differently. A roll-over always changes two of the three parts.
  if (
    date.getUTCFullYear() !== year ||
    // Stryker disable next-line ConditionalExpression: equivalent; a month that rolls over changes the year too, and a day that rolls over changes the day
    date.getUTCMonth() !== month - 1 ||
    // Stryker disable next-line ConditionalExpression: equivalent; a day that rolls over lands in another month (or, a year on, another year)
    date.getUTCDate() !== day
  )
    return null;
  return date;
}

/** Date of birth in three fields, checked the GOV.UK way: what is missing, then whether it is real and in the past. */
export const dateOfBirth = (subject: string) =>
  z.strictObject({ day: part, month: part, year: part }).superRefine((value, ctx) => {
    const add = (message: string) => ctx.addIssue({ code: "custom", message });
    // zod runs this only when each part is a string (already trimmed), though one may be too long.
    const { day, month, year } = value;
    const missing = (["day", "month", "year"] as const).filter((k) => !value[k]);
    if (missing.length === 3) return add(`Enter ${subject}`);
    if (missing.length) return add(`${capitalise(subject)} must include a ${missing.join(" and ")}`);
    if (!/^\d{4}$/.test(year)) return add("Year must include 4 numbers");
    const date = toDate({ day, month, year });
    if (!date) return add(`${capitalise(subject)} must be a real date`);
    if (date.getTime() > Date.now()) return add(`${capitalise(subject)} must be in the past`);
    if (date.getUTCFullYear() < 1900) return add(`${capitalise(subject)} must be after 1900`);
  });

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
