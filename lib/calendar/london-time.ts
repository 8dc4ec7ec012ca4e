/**
 * The service's clock is UK local time (GMT in winter, BST in summer). These helpers turn an
 * instant into London calendar parts and back, using the platform's time-zone data rather than a
 * fixed offset, so the clock change is handled.
 */
const ZONE = "Europe/London";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  weekday: "long",
});

export interface LondonParts {
  /** "2026-12-07" */
  isoDate: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function londonParts(instant: Date): LondonParts {
  const part = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    isoDate: `${part.year}-${part.month}-${part.day}`,
    weekday: weekdays.indexOf(part.weekday!),
    minuteOfDay: Number(part.hour) * 60 + Number(part.minute),
  };
}

/** The instant at which London's clocks show this day and time ("09:00"). */
export function londonInstant(isoDate: string, minuteOfDay: number): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  // London is UTC or UTC+1; try both and keep the one that reads back as asked.
  for (const offsetMinutes of [0, 60]) {
    const candidate = new Date(asIfUtc - offsetMinutes * 60_000);
    const back = londonParts(candidate);
    if (back.isoDate === isoDate && back.minuteOfDay === minuteOfDay) return candidate;
  }
  // A time skipped by the spring clock change (01:00–02:00): the next real minute.
  return new Date(asIfUtc);
}

/** The London calendar day after this one. */
export function nextIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

export function weekdayOf(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
