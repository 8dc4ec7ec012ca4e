/**
 * The team's email about a referral is flagged once the worker has marked it overdue (still unsent
 * 30 minutes after it arrived) and until it is finally sent. Staff see this on the dashboard, so a
 * referral is not missed while mail is down.
 */
export function emailToTeamNotSent(referral: { notifiedAt: Date | null; notificationOverdueAt: Date | null }): boolean {
  return referral.notifiedAt === null && referral.notificationOverdueAt !== null;
}
