const format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** 2026-11-22 → "22 November 2026", the GOV.UK style. */
export function formatDate(isoDate: string): string {
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** £1,250 */
export function formatFee(pounds: number): string {
  return pounds === 0 ? "Free" : `£${pounds.toLocaleString("en-GB")}`;
}
