import "server-only";
import { createHash } from "node:crypto";
import type { Database } from "@/lib/db";
import { LOCKOUT_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "./policy";

/**
 * The audit target for sign-in attempts on an email address: a hash, so the log neither holds
 * the address nor reveals whether an account exists for it.
 */
export function accountKey(email: string): string {
  return `acct:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 40)}`;
}

export interface LockoutState {
  locked: boolean;
  /** When the oldest counted failure leaves the window. */
  until?: Date;
}

/**
 * Failed sign-ins are counted from the audit log itself, so the count is shared by every app
 * instance and survives restarts. An account's count starts again after a successful sign-in.
 */
export async function checkLockout(db: Database, key: string, ip: string | null, now = new Date()): Promise<LockoutState> {
  const windowStart = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  const lastSuccess = await db.auditEvent.findFirst({
    where: { action: "auth.sign_in", target: key, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const accountFailures = await db.auditEvent.findMany({
    where: { action: "auth.sign_in_failed", target: key, createdAt: { gt: accountSince } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILURES_PER_ACCOUNT,
    select: { createdAt: true },
  });
  if (accountFailures.length >= MAX_FAILURES_PER_ACCOUNT) return lockedUntil(accountFailures);
  if (!ip) return { locked: false };
  const ipFailures = await db.auditEvent.findMany({
    where: { action: "auth.sign_in_failed", ip, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILURES_PER_IP,
    select: { createdAt: true },
  });
  if (ipFailures.length >= MAX_FAILURES_PER_IP) return lockedUntil(ipFailures);
  return { locked: false };
}

// Locked until the oldest of the counted (most recent) failures is out of the window.
function lockedUntil(failures: { createdAt: Date }[]): LockoutState {
  const oldest = failures.at(-1)!.createdAt;
  return { locked: true, until: new Date(oldest.getTime() + LOCKOUT_WINDOW_MS) };
}
