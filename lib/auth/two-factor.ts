import "server-only";
import { isAPIError } from "better-auth/api";
import { symmetricDecrypt } from "better-auth/crypto";
import { getService } from "@/lib/config";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "./auth";
import type { StaffContext } from "./guard";
import { base32Encode } from "./base32";
import { applySetCookies } from "./request";
import { getAuthSecret } from "./secret";
import { claimTotpStep } from "./totp-step";
import { withCurrentPasswordCheck } from "./current-password-check";

export interface TwoFactorSetup {
  /** The key to type into an authenticator app, in groups of four. */
  key: string;
  uri: string;
}

/** Starts set-up after re-checking the password: a new secret, not yet in force. */
export async function startTwoFactorSetup(
  context: StaffContext,
  password: string,
): Promise<"started" | "wrong-password"> {
  return withCurrentPasswordCheck(
    context,
    async () => {
      try {
        // better-auth replaces the session when two-factor settings change; keep the new cookie.
        const { headers } = await getAuth().api.enableTwoFactor({
          body: { password },
          headers: context.headers,
          returnHeaders: true,
        });
        await applySetCookies(headers);
        return { right: true, value: "started" as const };
      } catch (error) {
        if (isAPIError(error)) return { right: false, value: "wrong-password" as const };
        throw error;
      }
    },
    "wrong-password" as const,
  );
}

/** The pending secret, for showing on the set-up page; null when set-up has not started. */
export async function pendingTwoFactorSetup(context: StaffContext): Promise<TwoFactorSetup | null> {
  const row = await getDb().twoFactor.findFirst({
    where: { userId: context.staff.id, verified: false },
    select: { secret: true },
  });
  if (!row) return null;
  const secret = await symmetricDecrypt({ key: getAuthSecret(), data: row.secret });
  const key = base32Encode(new TextEncoder().encode(secret));
  const issuer = getService().name;
  const label = encodeURIComponent(`${issuer}:${context.staff.email}`);
  return {
    key: key.match(/.{1,4}/g)!.join(" "),
    uri: `otpauth://totp/${label}?secret=${key}&issuer=${encodeURIComponent(issuer)}&digits=6&period=30`,
  };
}

/** Puts two-factor sign-in in force once the person proves their app shows the right code. */
export async function confirmTwoFactorSetup(context: StaffContext, code: string): Promise<"enabled" | "wrong-code"> {
  const cleanCode = code.replace(/\s/g, "");
  // The code that confirms set-up is spent, so it cannot also sign in a second browser (M-1).
  if ((await claimTotpStep(getDb(), context.staff.id, cleanCode)) === "replayed") return "wrong-code";
  try {
    const { headers } = await getAuth().api.verifyTOTP({
      body: { code: cleanCode },
      headers: context.headers,
      returnHeaders: true,
    });
    await applySetCookies(headers);
  } catch (error) {
    if (isAPIError(error)) return "wrong-code";
    throw error;
  }
  await recordAudit(getDb(), {
    actorId: context.staff.id,
    action: "auth.two_factor_enabled",
    target: context.staff.id,
    ip: context.ip,
  });
  return "enabled";
}
