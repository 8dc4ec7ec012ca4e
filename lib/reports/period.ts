import { z } from "zod";
import { londonParts } from "@/lib/calendar";
import { addDays, mondayOf } from "./weeks";

/** Longer than this and the weekly charts become unreadable: ask for a shorter period. */
export const MAX_PERIOD_DAYS = 731;
/** With nothing chosen: this week and the 11 before it. */
export const DEFAULT_WEEKS = 12;

export interface ReportPeriod {
  /** First and last London calendar days, inclusive. */
  from: string;
  to: string;
  /** What was typed, put back in the form even when it could not be used. */
  entered: { from: string; to: string };
  errors: Partial<Record<"from" | "to", string>>;
}

const realDate = z.iso.date();
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * The period from a GET form's `from` and `to` (YYYY-MM-DD, as a date input sends them). A date
 * that cannot be used gets a message beside its field and the default is shown: never a 500.
 */
export function parsePeriod(params: Record<string, string | string[] | undefined>, now: Date): ReportPeriod {
  const entered = { from: first(params.from), to: first(params.to) };
  const today = londonParts(now).isoDate;
  const fallback = { from: addDays(mondayOf(today), -7 * (DEFAULT_WEEKS - 1)), to: today };
  const errors: ReportPeriod["errors"] = {};
  const read = (key: "from" | "to") => {
    const value = entered[key];
    if (!value) return fallback[key];
    if (!realDate.safeParse(value).success || value < "2000-01-01" || value > "2099-12-31") {
      errors[key] = key === "from" ? "Start date must be a real date" : "End date must be a real date";
      return fallback[key];
    }
    return value;
  };
  const from = read("from");
  const to = read("to");
  if (errors.from || errors.to) return { ...fallback, entered, errors };
  if (from > to)
    return { ...fallback, entered, errors: { to: "End date must be the same as or after the start date" } };
  if (daysBetween(from, to) >= MAX_PERIOD_DAYS)
    return { ...fallback, entered, errors: { to: "Choose a period of 2 years or less" } };
  return { from, to, entered, errors };
}
