import type { OfficeHours } from "@/lib/calendar";
import { NO_PROGRAMME } from "@/lib/triage/labels";
import type { Category } from "./chart";
import { weeksCovering } from "./weeks";

/** Everything a report needs besides its rows: the period and the service's own settings. */
export interface ReportScope {
  /** The first and last London calendar days of the period, inclusive ("2026-09-14"). */
  from: string;
  to: string;
  /** The Mondays of the UK weeks the period overlaps. */
  weeks: string[];
  /** The service's programmes, in the order content/service.json lists them. */
  programmes: readonly { id: string; name: string }[];
  /** content/service.json's responseWorkingDays. */
  standardWorkingDays: number;
  hours: OfficeHours;
  /** When the report is made: decides whether a referral still waiting is past the standard. */
  now: Date;
}

export function scopeFor(from: string, to: string, settings: Omit<ReportScope, "from" | "to" | "weeks">): ReportScope {
  return { from, to, weeks: weeksCovering(from, to), ...settings };
}

const dayMonthYear = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "2026-11-30" → "30 Nov 2026": an ISO date read as a calendar day, whatever the server's zone. */
export function dayLabel(isoDate: string): string {
  return dayMonthYear.format(new Date(`${isoDate}T00:00:00Z`));
}

export const weekCategories = (scope: ReportScope): Category[] =>
  scope.weeks.map((monday) => ({ label: dayLabel(monday), csvLabel: monday }));

export const NOT_PLACED = "not-placed";

export type KeyedCategory = Category & { key: string };

/**
 * Programme keys in a stable order: the service's programmes, any others still on old referrals,
 * then "signposted elsewhere" and "not yet placed". Configured ones stay even at zero, so a CSV
 * has the same columns every month.
 */
export function programmeKeys(scope: ReportScope, seen: Iterable<string>): KeyedCategory[] {
  const configured = scope.programmes.map((p) => ({ key: p.id, label: p.name, csvLabel: p.name }));
  const known = new Set([...configured.map((p) => p.key), NO_PROGRAMME, NOT_PLACED]);
  const others = [...new Set(seen)]
    .filter((key) => !known.has(key))
    .sort()
    .map((key) => ({ key, label: `${key} (no longer offered)`, csvLabel: `${key} (no longer offered)` }));
  return [
    ...configured,
    ...others,
    { key: NO_PROGRAMME, label: "None: signposted elsewhere", csvLabel: "None: signposted elsewhere" },
    { key: NOT_PLACED, label: "Not yet placed", csvLabel: "Not yet placed" },
  ];
}

export const programmeKeyOf = (programme: string | null) => programme ?? NOT_PLACED;

/** A share as a percentage to one decimal place, or null when there is nothing to share. */
export const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
