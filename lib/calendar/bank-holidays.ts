import data from "./bank-holidays.json";

/** GOV.UK's three bank-holiday divisions; Wales shares England's. */
export const divisions = ["england-and-wales", "scotland", "northern-ireland"] as const;
export type Division = (typeof divisions)[number];

const byDivision = new Map<Division, ReadonlySet<string>>(divisions.map((d) => [d, new Set(data.divisions[d])]));

/** Is this London calendar day ("2026-12-25") a bank holiday in the division? */
export function isBankHoliday(isoDate: string, division: Division): boolean {
  return byDivision.get(division)!.has(isoDate);
}

const sorted = new Map<Division, readonly string[]>(divisions.map((d) => [d, [...new Set(data.divisions[d])].sort()]));

/** The division's bank holidays after `afterIso` and up to and including `lastIso`, in order. */
export function bankHolidaysBetween(afterIso: string, lastIso: string, division: Division): readonly string[] {
  const days = sorted.get(division)!;
  // ISO dates sort as strings; binary search for the first after `afterIso`.
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! <= afterIso) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < days.length && days[i]! <= lastIso; i++) found.push(days[i]!);
  return found;
}

/** The last year the list covers; past it, bank holidays would silently count as working days. */
export function lastYearCovered(division: Division): number {
  return Math.max(...data.divisions[division].map((day) => Number(day.slice(0, 4))));
}

export const bankHolidaySource = { url: data.source, checkedOn: data.checkedOn };
