import "server-only";
import { getEnv } from "@/lib/config";
import { auditEvent } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { getAuth } from "./auth";
import { ACTIVITY_WRITE_INTERVAL_MS, SESSION_IDLE_TIMEOUT_MS } from "./policy";
import type { StaffRole } from "./roles";

export interface Staff {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  sessionId: string;
  /** What must happen before this person may see any referral: null when nothing. */
  pendingStep: "change-password" | "set-up-two-factor" | null;
}

export type SessionResult = { staff: Staff } | { staff: null; expired: boolean };

/**
 * The signed-in staff member for these request headers. better-auth checks the signed cookie and
 * the absolute lifetime; this adds the idle timeout, refuses deactivated accounts, and notes
 * activity at most once a minute.
 */
export async function readStaffSession(headers: Headers, ip: string | null): Promise<SessionResult> {
  const found = await getAuth().api.getSession({ headers, query: { disableCookieCache: true } });
  if (!found) return { staff: null, expired: false };
  const db = getDb();
  const row = await db.session.findUnique({ where: { id: found.session.id }, select: { lastActiveAt: true } });
  const user = await db.user.findUnique({
    where: { id: found.user.id },
    select: { active: true, role: true, mustChangePassword: true, twoFactorEnabled: true },
  });
  if (!row || !user) return { staff: null, expired: false };

  const idleFor = Date.now() - row.lastActiveAt.getTime();
  if (idleFor > SESSION_IDLE_TIMEOUT_MS || !user.active) {
    await db.$transaction([
      db.session.deleteMany({ where: { id: found.session.id } }),
      auditEvent(db, {
        actorId: found.user.id,
        action: "auth.session_expired",
        ip,
        detail: { reason: user.active ? "idle" : "deactivated" },
      }),
    ]);
    return { staff: null, expired: true };
  }
  if (idleFor > ACTIVITY_WRITE_INTERVAL_MS) {
    await db.session.update({ where: { id: found.session.id }, data: { lastActiveAt: new Date() } });
  }

  return {
    staff: {
      id: found.user.id,
      name: found.user.name,
      email: found.user.email,
      role: user.role,
      sessionId: found.session.id,
      pendingStep: user.mustChangePassword
        ? "change-password"
        : getEnv().STAFF_REQUIRE_MFA && !user.twoFactorEnabled
          ? "set-up-two-factor"
          : null,
    },
  };
}
