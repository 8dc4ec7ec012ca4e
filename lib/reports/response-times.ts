import type { Chart } from "./chart";
import { median, percentile } from "./percentile";
import type { ReportRow } from "./rows";
import { percent, type ReportScope } from "./scope";
import { ukDay, workingDayCounter } from "./uk-day";

/** One interval, received → first staff action or received → outcome, in working days. */
export interface Interval {
  /** Referrals whose interval has ended. */
  measured: number;
  median: number | null;
  p90: number | null;
  /** Measured at or under the standard. */
  withinStandard: number;
  /** No action (or outcome) yet. */
  waiting: number;
  /** Of those waiting, already more working days than the standard. */
  waitingPastStandard: number;
  /** Within the standard, as a share of every referral whose result is known: measured, or waiting past it. */
  withinStandardPercent: number | null;
}

// Interpolated percentiles carry floating-point dust (6.300000000000004): a tenth of a day is plenty.
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * Whole working days, counted as the inbox counts waiting (lib/calendar): the days after the day
 * received, up to and including the day of the action, skipping weekends and bank holidays.
 */
export function interval(
  rows: readonly ReportRow[],
  endOf: (row: ReportRow) => Date | null,
  scope: ReportScope,
): Interval {
  const workingDaysBetween = workingDayCounter(scope.from, ukDay(scope.now), scope.hours);
  const days: number[] = [];
  let waitingPastStandard = 0;
  for (const row of rows) {
    const end = endOf(row);
    if (end) days.push(workingDaysBetween(row.receivedAt, end));
    else if (workingDaysBetween(row.receivedAt, scope.now) > scope.standardWorkingDays) waitingPastStandard++;
  }
  const withinStandard = days.filter((d) => d <= scope.standardWorkingDays).length;
  return {
    measured: days.length,
    median: oneDecimal(median(days)),
    p90: oneDecimal(percentile(days, 0.9)),
    withinStandard,
    waiting: rows.length - days.length,
    waitingPastStandard,
    withinStandardPercent: percent(withinStandard, days.length + waitingPastStandard),
  };
}

const say = (n: number | null) => (n === null ? "not known yet" : `${n} working ${n === 1 ? "day" : "days"}`);

export function responseTimes(rows: readonly ReportRow[], scope: ReportScope): Chart {
  const first = interval(rows, (r) => r.firstActionAt, scope);
  const outcome = interval(rows, (r) => r.outcomeAt, scope);
  const standard = scope.standardWorkingDays;
  const summary =
    first.measured === 0
      ? `No referral received in this period has had a staff action yet. The response standard is ${say(standard)}.`
      : `Staff first acted on a referral after a median of ${say(first.median)}; 9 in 10 within ${say(first.p90)}. ` +
        `${first.withinStandardPercent ?? 0}% met the response standard of ${say(standard)}. ` +
        `An outcome took a median of ${say(outcome.median)}, and 9 in 10 within ${say(outcome.p90)}.`;
  const categories = [
    { label: "First staff action: median", csvLabel: "First staff action: median" },
    { label: "First staff action: 90th percentile", csvLabel: "First staff action: 90th percentile" },
    { label: "Outcome: median", csvLabel: "Outcome: median" },
    { label: "Outcome: 90th percentile", csvLabel: "Outcome: 90th percentile" },
  ];
  const row = (label: string, i: Interval) => ({
    label,
    csvLabel: label,
    cells: [i.measured, i.median, i.p90, i.withinStandardPercent, i.waiting, i.waitingPastStandard],
  });
  return {
    id: "response-times",
    title: "Time from receiving a referral to the first staff action and to an outcome",
    summary,
    orientation: "bars",
    categoryHeading: "Measure",
    valueHeading: "Working days",
    format: "working-days",
    categories,
    series: [
      { key: "working-days", label: "Working days", values: [first.median, first.p90, outcome.median, outcome.p90] },
    ],
    reference: { value: standard, label: `Response standard: ${say(standard)}` },
    table: {
      header: [
        "From receiving the referral to",
        "Referrals measured",
        "Median (working days)",
        "90th percentile (working days)",
        `Within ${standard} working days (%)`,
        "Still waiting",
        "Still waiting, past the standard",
      ],
      rows: [row("First staff action", first), row("Outcome", outcome)],
    },
  };
}
