import { getEnv } from "@/lib/config";

/**
 * The team's email about a referral is flagged once it is still unsent NOTIFY_OVERDUE_MINUTES
 * after the referral arrived, and until it is finally sent. Worked out when the page is drawn, as
 * well as from the worker's own mark (notificationOverdueAt), so staff see it even when no worker
 * is running at all, which is when it matters most.
 */
export function emailToTeamNotSent(
  referral: { notifiedAt: Date | null; notificationOverdueAt: Date | null; createdAt: Date },
  now: Date,
  overdueMinutes = getEnv().NOTIFY_OVERDUE_MINUTES,
): boolean {
  if (referral.notifiedAt !== null) return false;
  return (
    referral.notificationOverdueAt !== null || now.getTime() - referral.createdAt.getTime() >= overdueMinutes * 60_000
  );
}
