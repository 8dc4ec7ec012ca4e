import { createHash, createHmac, randomBytes } from "node:crypto";

/** An unused link stops working this long after it was made. */
export const LINK_LIFETIME_DAYS = 14;
export const LINK_LIFETIME_MS = LINK_LIFETIME_DAYS * 86_400_000;

/** A fresh random value per link: a new link (offer again, or staff) makes the old token useless. */
export const newNonce = () => randomBytes(32).toString("base64url");

/**
 * The link's token: an HMAC of the row's id and nonce under the service's secret. The database keeps
 * only its SHA-256, like drafts; the worker rebuilds the token to email it, so it never sits in a
 * job or a table where someone reading the database could use it.
 */
export function linkToken(secret: string, viewId: string, nonce: string): string {
  return createHmac("sha256", secret).update(`young-person-link:${viewId}:${nonce}`).digest("base64url");
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const isLinkToken = (token: unknown): token is string =>
  typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);

export const linkUrl = (appUrl: string, token: string) => `${appUrl.replace(/\/$/, "")}/your-view/${token}`;
