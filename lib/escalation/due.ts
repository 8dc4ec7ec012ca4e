import "server-only";
import { overdueCutoff, workingMinutesBefore, workingMinutesBetween, type OfficeHours } from "@/lib/calendar";
import type { Database } from "@/lib/db";

/** What the alert, the banner and the digest need of a referral: no personal data. */
export interface EscalatedReferral {
  id: string;
  reference: string;
  createdAt: Date;
  openedAt: Date | null;
  escalatedAt: Date | null;
  /** Minutes of office hours since it arrived (worked out for urgent unopened ones; 0 for the rest). */
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
 * The two rules as times a query can compare `created_at` with, so no per-row arithmetic is needed
 * however many referrals there are: urgent and unopened since before `urgent`, or waiting since
 * before `overdue`.
 */
export function escalationCutoffs(now: Date, standards: Standards) {
  return {
    urgent: workingMinutesBefore(now, standards.urgentAfterWorkingMinutes, standards.hours),
    overdue: overdueCutoff(now, standards.responseWorkingDays, standards.hours),
  };
}

/** Prisma filters for each rule, shared by the alert, the banner and their counts. */
export function escalationWhere(now: Date, standards: Standards) {
  const cutoffs = escalationCutoffs(now, standards);
  // No anonymisedAt test: only finished referrals are anonymised (lib/retention), and leaving it out
  // lets Postgres count from the status index alone.
  const waiting = { status: { in: [...WAITING] as ("NEW" | "IN_REVIEW")[] } };
  return {
    cutoffs,
    urgentUnopened: { ...waiting, urgent: true, openedAt: null, createdAt: { lte: cutoffs.urgent } },
    overdue: { ...waiting, createdAt: { lt: cutoffs.overdue } },
  };
}

/**
 * Referrals waiting on the team that need the duty clinician's attention at `now`: urgent and not
 * opened by staff after the threshold in office hours, or past the response standard. Oldest first.
 */
export async function findEscalated(
  db: Database,
  now: Date,
  standards: Standards,
  take?: number,
): Promise<EscalatedReferral[]> {
  const where = escalationWhere(now, standards);
  const rows = await db.referral.findMany({
    where: { OR: [where.urgentUnopened, where.overdue] },
    select: { id: true, reference: true, urgent: true, createdAt: true, openedAt: true, escalatedAt: true },
    orderBy: { createdAt: "asc" },
    ...(take ? { take } : {}),
  });
  return rows.map(({ urgent, ...r }) => {
    const urgentUnopened = urgent && r.openedAt === null && r.createdAt <= where.cutoffs.urgent;
    return {
      ...r,
      workingMinutes: urgentUnopened ? workingMinutesBetween(r.createdAt, now, standards.hours) : 0,
      urgentUnopened,
      overdue: r.createdAt < where.cutoffs.overdue,
    };
  });
}
