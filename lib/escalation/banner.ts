import "server-only";
import { getService } from "@/lib/config/service";
import type { Database } from "@/lib/db";
import { findEscalated } from "./due";

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

export async function escalationBanner(
  db: Database,
  now: Date,
  urgentAfterWorkingMinutes: number,
): Promise<EscalationBannerData> {
  const service = getService();
  const due = await findEscalated(db, now, {
    hours: service.officeHours,
    responseWorkingDays: service.responseWorkingDays,
    urgentAfterWorkingMinutes,
  });
  const group = (items: typeof due) => ({
    count: items.length,
    oldest: items.slice(0, LINKED).map(({ id, reference }) => ({ id, reference })),
  });
  return {
    urgentUnopened: group(due.filter((r) => r.urgentUnopened)),
    overdue: group(due.filter((r) => r.overdue)),
    responseWorkingDays: service.responseWorkingDays,
    urgentAfterWorkingMinutes,
  };
}
