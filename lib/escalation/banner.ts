import "server-only";
import type { Database } from "@/lib/db";
import { escalationWhere } from "./due";
import { configuredStandards } from "./standards";

export interface BannerItem {
  id: string;
  reference: string;
}

/** What the dashboard banner shows: how many need the team now, and the oldest few to open. */
export interface EscalationBannerData {
  urgentUnopened: { count: number; oldest: BannerItem[] };
  overdue: { count: number; oldest: BannerItem[] };
  responseWorkingDays: number;
  urgentAfterWorkingMinutes: number;
}

// The banner links the oldest few; the rest are a click away in the inbox.
const LINKED = 5;

/** Counts and the oldest few of each: four small queries on every dashboard page, whatever the backlog. */
export async function escalationBanner(
  db: Database,
  now: Date,
  urgentAfterWorkingMinutes: number,
): Promise<EscalationBannerData> {
  const standards = configuredStandards(urgentAfterWorkingMinutes);
  const where = escalationWhere(now, standards);
  // The oldest few of each waiting status separately, then together: each is a short walk of the
  // (status, created_at) index, where one query across both statuses would sort every waiting row.
  const group = async (filter: { status: { in: ("NEW" | "IN_REVIEW")[] } }) => {
    const [count, ...perStatus] = await Promise.all([
      db.referral.count({ where: filter }),
      ...filter.status.in.map((status) =>
        db.referral.findMany({
          where: { ...filter, status },
          select: { id: true, reference: true, createdAt: true },
          orderBy: { createdAt: "asc" },
          take: LINKED,
        }),
      ),
    ]);
    const oldest = perStatus
      .flat()
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .slice(0, LINKED)
      .map(({ id, reference }) => ({ id, reference }));
    return { count, oldest };
  };
  const [urgentUnopened, overdue] = await Promise.all([group(where.urgentUnopened), group(where.overdue)]);
  return {
    urgentUnopened,
    overdue,
    responseWorkingDays: standards.responseWorkingDays,
    urgentAfterWorkingMinutes,
  };
}
