import "server-only";
import { overdueCutoff, workingMinutesBetween, type OfficeHours } from "@/lib/calendar";
import type { Database } from "@/lib/db";

/** What the alert, the banner and the digest need of a referral: no personal data. */
export interface EscalatedReferral {
  id: string;
  reference: string;
  createdAt: Date;
  openedAt: Date | null;
  escalatedAt: Date | null;
  /** Minutes of office hours since it arrived. */
  workingMinutes: number;
  urgentUnopened: boolean;
  overdue: boolean;
}

export interface Standards {
  hours: OfficeHours;
  responseWorkingDays: number;
  urgentAfterWorkingMinutes: number;
}

// The same statuses the inbox counts as still waiting for the team (lib/triage/labels OPEN_STATUSES).
const WAITING = ["NEW", "IN_REVIEW"] as const;

/**
 * Referrals waiting on the team that need the duty clinician's attention at `now`: urgent and not
 * opened by staff after the threshold in office hours, or past the response standard. Oldest first.
 */
export async function findEscalated(db: Database, now: Date, standards: Standards): Promise<EscalatedReferral[]> {
  const cutoff = overdueCutoff(now, standards.responseWorkingDays, standards.hours);
  const rows = await db.referral.findMany({
    where: {
      status: { in: [...WAITING] },
      anonymisedAt: null,
      createdAt: { lte: now },
      OR: [{ urgent: true, openedAt: null }, { createdAt: { lt: cutoff } }],
    },
    select: { id: true, reference: true, urgent: true, createdAt: true, openedAt: true, escalatedAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows
    .map(({ urgent, ...r }) => {
      const workingMinutes = workingMinutesBetween(r.createdAt, now, standards.hours);
      return {
        ...r,
        workingMinutes,
        urgentUnopened: urgent && r.openedAt === null && workingMinutes >= standards.urgentAfterWorkingMinutes,
        overdue: r.createdAt < cutoff,
      };
    })
    .filter((r) => r.urgentUnopened || r.overdue);
}
