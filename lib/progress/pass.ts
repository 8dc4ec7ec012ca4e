import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a matched check lets the results page be shown (and reloaded) on this device. */
export const PASS_MINUTES = 10;

const sign = (body: string, secret: string) =>
  createHmac("sha256", secret).update(`progress-pass:${body}`).digest("base64url");

/**
 * A short-lived, signed note that this browser matched a reference and date of birth: the results
 * page reads it from an HttpOnly cookie, so neither the reference nor the date is in a URL.
 */
export function makePass(referralId: string, secret: string, now = Date.now()): string {
  const body = `${referralId}.${now + PASS_MINUTES * 60_000}`;
  return `${body}.${sign(body, secret)}`;
}

/** The referral a pass is for, or null when it is forged, altered or out of date. */
export function readPass(pass: string | undefined, secret: string, now = Date.now()): string | null {
  const [id, expires, signature] = (pass ?? "").split(".");
  if (!id || !expires || !signature) return null;
  const expected = Buffer.from(sign(`${id}.${expires}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) > now ? id : null;
}
