import data from "./bank-holidays.json";

/** GOV.UK's three bank-holiday divisions; Wales shares England's. */
export const divisions = ["england-and-wales", "scotland", "northern-ireland"] as const;
export type Division = (typeof divisions)[number];

const byDivision = new Map<Division, ReadonlySet<string>>(divisions.map((d) => [d, new Set(data.divisions[d])]));

/** Is this London calendar day ("2026-12-25") a bank holiday in the division? */
export function isBankHoliday(isoDate: string, division: Division): boolean {
  return byDivision.get(division)!.has(isoDate);
}

/** The last year the list covers; past it, bank holidays would silently count as working days. */
export function lastYearCovered(division: Division): number {
  return Math.max(...data.divisions[division].map((day) => Number(day.slice(0, 4))));
}

export const bankHolidaySource = { url: data.source, checkedOn: data.checkedOn };
