import "server-only";
// Escalation (issue 15, H02): duty alerts, the dashboard banner and the daily digest.
import { roleAllows } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/session";
import { getEnv } from "@/lib/config";
import { getDb } from "@/lib/db";
import { escalationBanner } from "./banner";

export const escalation = {
  /** The banner on every dashboard page: null unless a signed-in staff member may see referrals. */
  bannerFor: async (staff: Staff | null, now = new Date()) =>
    staff && !staff.pendingStep && roleAllows(staff.role, "referral:view")
      ? escalationBanner(getDb(), now, getEnv().ESCALATE_URGENT_AFTER_WORKING_MINUTES)
      : null,
};

export type { EscalationBannerData, BannerItem } from "./banner";
export { runEscalation, needsAlert } from "./alert";
export { digestAt, digestEmail, sendDigest, type Digest } from "./digest";
export { escalationHandlers, digestCron } from "./handlers";
export { escalationSettings, type EscalationSettings } from "./settings";
export { findEscalated, type EscalatedReferral } from "./due";
