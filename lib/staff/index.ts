import "server-only";
// Staff accounts for app/: who works here, who may be assigned, and switching accounts off.
// Admin work, kept apart from lib/auth (sessions, the guard, sign-in) and lib/triage (referrals).
import type { StaffContext } from "@/lib/auth/guard";
import { getDb } from "@/lib/db";
import { listAssignableStaff, listStaff, revokeStaffSessions, setStaffActive } from "./accounts";

export const staffAccounts = {
  list: () => listStaff(getDb()),
  assignable: () => listAssignableStaff(getDb()),
  setActive: (context: StaffContext, staffId: string, active: boolean) =>
    setStaffActive(getDb(), staffId, active, context.staff.id, context.ip),
  revokeSessions: (context: StaffContext, staffId: string) =>
    revokeStaffSessions(getDb(), staffId, context.staff.id, context.ip),
};

export type { StaffSummary } from "./accounts";
