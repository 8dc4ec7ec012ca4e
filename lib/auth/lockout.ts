import "server-only";
import { createHmac } from "node:crypto";
import { getAuthSecret } from "./secret";

/**
 * The audit and throttle key for sign-in attempts on an email address: an HMAC under the server's
 * secret, so the log neither holds the address (or a password typed into the email box by
 * mistake) nor lets anyone confirm a guessed address by hashing it (L-9).
 */
export function accountKey(email: string): string {
  const mac = createHmac("sha256", `account-key:${getAuthSecret()}`).update(email.trim().toLowerCase()).digest("hex");
  return `acct:${mac.slice(0, 40)}`;
}
