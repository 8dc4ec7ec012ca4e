import "server-only";
import { getEnv } from "@/lib/config";
import { getService } from "@/lib/config/service";
import type { Standards } from "./due";

/**
 * The escalation rules as configured: office hours and bank holidays, the response standard, and how
 * long an urgent referral may wait unopened. The banner, the duty alert and the inbox's overdue view
 * all read them here, so they count the same referrals.
 */
export function configuredStandards(
  urgentAfterWorkingMinutes = getEnv().ESCALATE_URGENT_AFTER_WORKING_MINUTES,
): Standards {
  const service = getService();
  return { hours: service.officeHours, responseWorkingDays: service.responseWorkingDays, urgentAfterWorkingMinutes };
}
