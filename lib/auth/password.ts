import "server-only";
import { randomInt } from "node:crypto";
import { isAPIError } from "better-auth/api";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "./auth";
import type { StaffContext } from "./guard";
import { withCurrentPasswordCheck } from "./current-password-check";
import { isGuessablePassword } from "./password-strength";
import { applySetCookies } from "./request";

// No look-alike characters, so a password read aloud or copied by hand survives.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** A one-time password of 20 characters (about 115 bits), to be changed at first sign-in. */
export function generateOneTimePassword(): string {
  return Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/**
 * Changes the signed-in person's password. Every other session is revoked, and this one is
 * replaced with a fresh one, so a stolen cookie stops working.
 */
export async function changePassword(
  context: StaffContext,
  currentPassword: string,
  newPassword: string,
): Promise<"changed" | "wrong-password" | "too-guessable"> {
  // Refused before the current password is checked, so the answer says nothing about it.
  if (await isGuessablePassword(newPassword, [context.staff.email, context.staff.name])) return "too-guessable";
  const result = await withCurrentPasswordCheck(
    context,
    async () => {
      try {
        const { headers } = await getAuth().api.changePassword({
          body: { currentPassword, newPassword, revokeOtherSessions: true },
          headers: context.headers,
          returnHeaders: true,
        });
        await applySetCookies(headers);
        return { right: true, value: "changed" as const };
      } catch (error) {
        if (isAPIError(error)) return { right: false, value: "wrong-password" as const };
        throw error;
      }
    },
    "wrong-password" as const,
  );
  if (result !== "changed") return result;
  const db = getDb();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: context.staff.id },
      data: { mustChangePassword: false, oneTimePasswordExpiresAt: null },
    });
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "auth.password_changed",
      target: context.staff.id,
      ip: context.ip,
    });
  });
  return "changed";
}
