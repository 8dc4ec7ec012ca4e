/**
 * Whole working days (Monday to Friday) from `start` to `end`. Bank holidays are not counted
 * out: they differ between the UK's nations, and a day early is the safer error for a highlight.
 */
export function workingDaysBetween(start: Date, end: Date): number {
  if (end <= start) return 0;
  const day = 24 * 60 * 60 * 1000;
  const from = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const to = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
  const days = Math.round((to - from) / day);
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  for (let i = fullWeeks * 7; i < days; i++) {
    const weekday = new Date(from + (i + 1) * day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

export interface Waiting {
  workingDays: number;
  /** Past the service's promise to respond, and still waiting for the team. */
  overdue: boolean;
}

export function waitingFor(createdAt: Date, now: Date, targetWorkingDays: number, stillOpen: boolean): Waiting {
  const workingDays = workingDaysBetween(createdAt, now);
  return { workingDays, overdue: stillOpen && workingDays > targetWorkingDays };
}
