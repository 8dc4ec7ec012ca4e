import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { isAPIError } from "better-auth/api";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "./auth";
import { accountKey } from "./lockout";
import { claimTotpStep } from "./totp-step";
import { clearAfterSignIn, releaseSignInTry, reserveSignInTry } from "./throttle";
import { applySetCookies, type RequestInfo } from "./request";
import { pendingTwoFactorUser } from "./two-factor-cookie";

export type SignInOutcome =
  | { status: "signed-in" }
  | { status: "code-needed" }
  | { status: "failed" }
  | { status: "locked"; until: Date }
  | { status: "code-expired" };

let dummyHash: Promise<string> | undefined;
/** A real scrypt hash no password matches, checked against when an account is refused. */
const refusalHash = () => (dummyHash ??= hashPassword(randomBytes(32).toString("hex")));

/**
 * Step one: email and password. A try is reserved (lib/auth/throttle.ts) before the password is
 * checked, so a paused account or address is refused without a check, however many arrive at once.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  request: RequestInfo,
): Promise<SignInOutcome> {
  const db = getDb();
  const key = accountKey(email);
  const reservation = await reserveSignInTry(db, key, request.ip);
  if (!reservation.allowed) {
    await recordAudit(db, { actorId: null, action: "auth.sign_in_locked", target: key, ip: request.ip });
    return { status: "locked", until: reservation.until };
  }
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, active: true, mustChangePassword: true, oneTimePasswordExpiresAt: true },
  });
  try {
    // A deactivated account, or an unused one-time password past its expiry (M-7), is refused, but
    // only after the same password work as any other try, so timing does not tell them apart (L-4).
    const expired =
      user?.mustChangePassword && user.oneTimePasswordExpiresAt && user.oneTimePasswordExpiresAt <= new Date();
    if (user && (!user.active || expired)) {
      await verifyPassword({ hash: await refusalHash(), password });
      throw new Error("deactivated");
    }
    const { headers, response } = await getAuth().api.signInEmail({
      // A session cookie (no Max-Age): closing the browser on a shared ward or office PC ends it (review L-8).
      // Trimmed, as better-auth refuses an address with spaces around it; it lower-cases it itself.
      body: { email: email.trim(), password, rememberMe: false },
      headers: request.headers,
      returnHeaders: true,
    });
    await applySetCookies(headers);
    if ("twoFactorRedirect" in response && response.twoFactorRedirect) {
      // Not yet signed in: the try is returned, but nothing is forgiven until the code is right.
      await releaseSignInTry(db, reservation);
      return { status: "code-needed" };
    }
    await clearAfterSignIn(db, key, request.ip);
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in",
      target: key,
      ip: request.ip,
      detail: { method: "password" },
    });
    return { status: "signed-in" };
  } catch (error) {
    if (!isAPIError(error) && !(error instanceof Error && error.message === "deactivated")) throw error;
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      target: key,
      ip: request.ip,
      detail: { stage: "password" },
    });
    return { status: "failed" };
  }
}

/** Step two: the code from the authenticator app, for the person who passed step one. */
export async function verifySignInCode(code: string, request: RequestInfo): Promise<SignInOutcome> {
  const db = getDb();
  const pending = await pendingTwoFactorUser(db, request.headers);
  if (!pending) return { status: "code-expired" };
  const key = accountKey(pending.email);
  const reservation = await reserveSignInTry(db, key, request.ip);
  if (!reservation.allowed) {
    await recordAudit(db, { actorId: pending.id, action: "auth.sign_in_locked", target: key, ip: request.ip });
    return { status: "locked", until: reservation.until };
  }
  const cleanCode = code.replace(/\s/g, "");
  if ((await claimTotpStep(db, pending.id, cleanCode)) === "replayed") {
    // Right code, but already used: someone else may be holding it (M-1).
    await recordAudit(db, {
      actorId: pending.id,
      action: "auth.sign_in_failed",
      target: key,
      ip: request.ip,
      detail: { stage: "code", reused: true },
    });
    return { status: "failed" };
  }
  try {
    const { headers } = await getAuth().api.verifyTOTP({
      body: { code: cleanCode, trustDevice: false },
      headers: request.headers,
      returnHeaders: true,
    });
    await applySetCookies(headers);
    await clearAfterSignIn(db, key, request.ip);
    await recordAudit(db, {
      actorId: pending.id,
      action: "auth.sign_in",
      target: key,
      ip: request.ip,
      detail: { method: "totp" },
    });
    return { status: "signed-in" };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordAudit(db, {
      actorId: pending.id,
      action: "auth.sign_in_failed",
      target: key,
      ip: request.ip,
      detail: { stage: "code" },
    });
    // better-auth ends the challenge after several wrong codes; then the password is needed again.
    return (await pendingTwoFactorUser(db, request.headers)) ? { status: "failed" } : { status: "code-expired" };
  }
}
