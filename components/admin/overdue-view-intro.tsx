import type { OverdueView } from "@/lib/triage/filters";
import { workingTime } from "./working-time";

export interface OverdueViewIntroProps {
  view: OverdueView;
  standards: { responseWorkingDays: number; urgentAfterWorkingMinutes: number };
}

/** Says which referrals the overdue view lists and how time is counted, with the way back. */
export function OverdueViewIntro({ view, standards }: OverdueViewIntroProps) {
  const pastStandard = `still waiting after the ${standards.responseWorkingDays}-working-day response standard`;
  const urgentUnopened = `urgent and not opened by staff within ${workingTime(standards.urgentAfterWorkingMinutes)}`;
  const which =
    view === "past-standard"
      ? pastStandard
      : view === "urgent-unopened"
        ? urgentUnopened
        : `${pastStandard}, or ${urgentUnopened}`;
  return (
    <p>
      Referrals {which}. Time is counted in office hours, without weekends or bank holidays, as for the &ldquo;Needs
      attention now&rdquo; banner. <a href="/admin">Show everything waiting</a>
    </p>
  );
}
