import { createHash, createHmac, randomBytes } from "node:crypto";

// "Save and come back later": the arithmetic and token of the emailed link, no database.

/** The link works this long, and a draft saved with it is kept this long, then deleted. */
export const RETURN_LINK_DAYS = 7;
export const RETURN_LINK_MS = RETURN_LINK_DAYS * 86_400_000;

/** A fresh random value per link: asking for a new link makes the old one useless. */
export const newReturnNonce = () => randomBytes(32).toString("base64url");

/**
 * The link's token: an HMAC of the row's id and nonce under the service's secret, as for the
 * young person's link (lib/young-person/link.ts). The database keeps only its SHA-256; the worker
 * rebuilds the token to email it, so it never sits in a job or a table.
 */
export function returnLinkToken(secret: string, linkId: string, nonce: string): string {
  return createHmac("sha256", secret).update(`draft-return-link:${linkId}:${nonce}`).digest("base64url");
}

export const hashReturnToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const isReturnToken = (token: unknown): token is string =>
  typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);

export const RETURN_PATH = "/continue";
export const returnLinkUrl = (appUrl: string, token: string) => `${appUrl.replace(/\/$/, "")}${RETURN_PATH}/${token}`;
