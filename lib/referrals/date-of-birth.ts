import { z } from "zod";

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const part = z.string({ error: "Enter a number" }).trim().max(4, "Enter a number");

/** A real calendar date from day/month/year fields, or null. */
export function toDate(parts: DateParts): Date | null {
  if (![parts.day, parts.month, parts.year].every((p) => /^\d+$/.test(p.trim()))) return null;
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** Date of birth in three fields, checked the GOV.UK way: what is missing, then whether it is real and in the past. */
export const dateOfBirth = (subject: string) =>
  z.strictObject({ day: part, month: part, year: part }).superRefine((value, ctx) => {
    const add = (message: string) => ctx.addIssue({ code: "custom", message });
    if (!value || typeof value !== "object") return;
    const { day = "", month = "", year = "" } = value;
    const missing = (["day", "month", "year"] as const).filter((k) => !String(value[k] ?? "").trim());
    if (missing.length === 3) return add(`Enter ${subject}`);
    if (missing.length) return add(`${capitalise(subject)} must include a ${missing.join(" and ")}`);
    if (!/^\d{4}$/.test(String(year).trim())) return add("Year must include 4 numbers");
    const date = toDate({ day, month, year });
    if (!date) return add(`${capitalise(subject)} must be a real date`);
    if (date.getTime() > Date.now()) return add(`${capitalise(subject)} must be in the past`);
    if (date.getUTCFullYear() < 1900) return add(`${capitalise(subject)} must be after 1900`);
  });

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
