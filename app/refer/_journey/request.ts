import "server-only";
import { cookies, headers } from "next/headers";
import { getEnv } from "@/lib/config";
import { clientIpFrom } from "@/lib/security/client-ip";
import { DRAFT_COOKIE, DRAFT_LIFETIME_SECONDS } from "@/lib/referrals";

export const DONE_COOKIE = "ipt_done";

/** The client's address for rate limiting (lib/security/client-ip.ts: socket address or trusted hops). */
export async function clientAddress(): Promise<string> {
  return clientIpFrom(await headers(), getEnv().TRUSTED_PROXY_HOPS) ?? "unknown";
}

const cookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: (getEnv().APP_URL ?? "").startsWith("https:"),
  path: "/",
});

export async function draftToken(): Promise<string | undefined> {
  return (await cookies()).get(DRAFT_COOKIE)?.value;
}

export async function setDraftToken(token: string): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, token, { ...cookieOptions(), maxAge: DRAFT_LIFETIME_SECONDS });
}

/** After sending: forget the draft, remember the reference for the confirmation page (for an hour). */
export async function finishJourney(journeySlug: string, reference: string): Promise<void> {
  const jar = await cookies();
  jar.delete(DRAFT_COOKIE);
  jar.set(DONE_COOKIE, `${journeySlug}:${reference}`, { ...cookieOptions(), maxAge: 60 * 60 });
}

export async function finishedReference(journeySlug: string): Promise<string | null> {
  const value = (await cookies()).get(DONE_COOKIE)?.value ?? "";
  const [slug, reference] = value.split(":");
  return slug === journeySlug && reference && /^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(reference) ? reference : null;
}
