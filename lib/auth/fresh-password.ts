import "server-only";
import { verifyPassword } from "better-auth/crypto";
import { getDb } from "@/lib/db";
import { withCurrentPasswordCheck } from "./current-password-check";
import type { StaffContext } from "./guard";

/**
 * Asks the signed-in person for their password again before a download of personal data (the
 * export and a subject access record; security review L-5): a session left open on a shared PC,
 * or a stolen cookie, cannot take every referral away. Under the sign-in throttle and audited
 * when wrong, like every other re-check of a password.
 */
export async function confirmPassword(context: StaffContext, password: string): Promise<boolean> {
  if (password.length === 0) return false;
  return withCurrentPasswordCheck(
    context,
    async () => {
      const account = await getDb().account.findFirst({
        where: { userId: context.staff.id, providerId: "credential" },
        select: { password: true },
      });
      const right = account?.password ? await verifyPassword({ hash: account.password, password }) : false;
      return { right, value: right };
    },
    false,
  );
}
