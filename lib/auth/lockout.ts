import "server-only";
import { createHmac } from "node:crypto";
import { getAuthSecret } from "./secret";

/**
 * The audit and throttle key for sign-in attempts on an email address: an HMAC under the server's
 * secret, so the log neither holds the address (or a password typed into the email box by
 * mistake) nor lets anyone confirm a guessed address by hashing it (L-9).
 */
export function accountKey(email: string): string {
  // One key per address however it is typed: spaces around it and capitals make no new key.
  const trimmed = email.trim();
  // Stryker disable next-line MethodExpression: upper case groups the spellings of an address as lower case does
  const address = trimmed.toLowerCase();
  const mac = createHmac("sha256", `account-key:${getAuthSecret()}`).update(address).digest("hex");
  return `acct:${mac.slice(0, 40)}`;
}
