import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { StaffContext } from "./guard";
import { accountKey } from "./lockout";
import { releaseSignInTry, reserveSignInTry } from "./throttle";

/**
 * Runs a re-check of the signed-in person's current password (change password, start 2FA set-up)
 * under the same throttle as sign-in, and audits a wrong one (M-7): someone holding a stolen
 * session cannot guess the password there without limit or trace. `check` returns whether the
 * password was right; a paused account is answered as a wrong password, without a check.
 */
export async function withCurrentPasswordCheck<T>(
  context: StaffContext,
  check: () => Promise<{ right: boolean; value: T }>,
  refused: T,
): Promise<T> {
  const db = getDb();
  const key = accountKey(context.staff.email);
  const reservation = await reserveSignInTry(db, key, context.ip);
  if (!reservation.allowed) {
    await recordAudit(db, {
      actorId: context.staff.id,
      action: "auth.sign_in_locked",
      target: key,
      ip: context.ip,
      detail: { stage: "current-password" },
    });
    return refused;
  }
  const outcome = await check();
  if (outcome.right) {
    await releaseSignInTry(db, reservation);
  } else {
    await recordAudit(db, {
      actorId: context.staff.id,
      action: "auth.sign_in_failed",
      target: key,
      ip: context.ip,
      detail: { stage: "current-password" },
    });
  }
  return outcome.value;
}
