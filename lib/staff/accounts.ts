import "server-only";
import { z } from "zod";
import type { Database } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "@/lib/auth/auth";
import { generateOneTimePassword } from "@/lib/auth/password";
import { isGuessablePassword } from "@/lib/auth/password-strength";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ONE_TIME_PASSWORD_LIFETIME_MS } from "@/lib/auth/policy";
import { StaffRole } from "@/lib/db/generated/enums";

export const newStaffSchema = z.object({
  email: z
    .email({ error: "Enter an email address in the correct format, like name@example.nhs.uk" })
    .max(254)
    .transform((e) => e.toLowerCase()),
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter the person's name" })
    .max(100, { error: "Name must be 100 characters or fewer" }),
  role: z.enum(StaffRole, { error: "Choose a role: admin or triager" }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `Password must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(MAX_PASSWORD_LENGTH)
    .optional(),
});

export type NewStaff = z.input<typeof newStaffSchema>;

export class StaffExistsError extends Error {
  override name = "StaffExistsError";
}

/** A chosen password the strength check refuses, as it would refuse it on the change-password page (M-7). */
export class GuessablePasswordError extends Error {
  override name = "GuessablePasswordError";
}

/**
 * Creates a staff account; the only way one is made (there is no sign-up). Without a password,
 * a one-time password is generated and must be changed at first sign-in.
 */
export async function createStaff(
  db: Database,
  input: NewStaff,
  actorId: string | null = null,
): Promise<{ id: string; oneTimePassword: string | null }> {
  const staff = newStaffSchema.parse(input);
  if (await db.user.findUnique({ where: { email: staff.email }, select: { id: true } })) {
    throw new StaffExistsError(`A staff account for ${staff.email} already exists`);
  }
  if (staff.password && (await isGuessablePassword(staff.password, [staff.email, staff.name]))) {
    throw new GuessablePasswordError(
      "That password is too easy to guess: use three or four unrelated words, or let the service make a one-time password",
    );
  }
  const oneTimePassword = staff.password ? null : generateOneTimePassword();
  const context = await getAuth().$context;
  const hash = await context.password.hash(staff.password ?? oneTimePassword!);
  const user = await context.internalAdapter.createUser(
    { email: staff.email, name: staff.name, emailVerified: true },
    { method: "admin" },
  );
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: hash,
  });
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        role: staff.role as StaffRole,
        mustChangePassword: !staff.password,
        oneTimePasswordExpiresAt: staff.password ? null : new Date(Date.now() + ONE_TIME_PASSWORD_LIFETIME_MS),
      },
    });
    await recordAudit(tx, { actorId, action: "staff.created", target: user.id, detail: { role: staff.role } });
  });
  return { id: user.id, oneTimePassword };
}

export interface StaffSummary {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  twoFactorEnabled: boolean;
  activeSessions: number;
}

export async function listStaff(db: Database): Promise<StaffSummary[]> {
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      twoFactorEnabled: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
    },
  });
  return users.map(({ _count, ...user }) => ({ ...user, activeSessions: _count.sessions }));
}

/** Active staff, for the "assign to" list. */
export async function listAssignableStaff(db: Database): Promise<{ id: string; name: string }[]> {
  return db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Deactivating also ends every session of that person at once. */
export async function setStaffActive(
  db: Database,
  targetId: string,
  active: boolean,
  actorId: string,
  ip: string | null,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: targetId, active: !active }, data: { active } });
    if (!count) return false;
    if (!active) await tx.session.deleteMany({ where: { userId: targetId } });
    await recordAudit(tx, {
      actorId,
      action: active ? "staff.reactivated" : "staff.deactivated",
      target: targetId,
      ip,
    });
    return true;
  });
}

export async function revokeStaffSessions(
  db: Database,
  targetId: string,
  actorId: string,
  ip: string | null,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: targetId } });
    await recordAudit(tx, {
      actorId,
      action: "staff.sessions_revoked",
      target: targetId,
      ip,
      detail: { sessions: count },
    });
    return count;
  });
}
