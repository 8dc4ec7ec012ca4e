import "server-only";
import { cookies, headers } from "next/headers";
import { getEnv } from "@/lib/config";
import { DRAFT_COOKIE, DRAFT_LIFETIME_SECONDS } from "@/lib/referrals";
import { clientIpFrom } from "@/lib/security/client-ip";
import type { SentReferral } from "@/lib/referrals/post-outcome";

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

/**
 * After sending: forget the draft, remember the reference for the confirmation page (for an
 * hour), with whether it was urgent or showed risk, so that page gives the right promise and help.
 */
export async function finishJourney(
  journeySlug: string,
  reference: string,
  sent: SentReferral = { urgent: false, atRisk: false },
): Promise<void> {
  const jar = await cookies();
  jar.delete(DRAFT_COOKIE);
  const marks = `${sent.urgent ? "u" : ""}${sent.atRisk ? "r" : ""}`;
  jar.set(DONE_COOKIE, `${journeySlug}:${reference}:${marks}`, { ...cookieOptions(), maxAge: 60 * 60 });
}

export interface Finished extends SentReferral {
  reference: string;
}

export async function finishedReferral(journeySlug: string): Promise<Finished | null> {
  const value = (await cookies()).get(DONE_COOKIE)?.value ?? "";
  const [slug, reference, marks = ""] = value.split(":");
  if (slug !== journeySlug || !reference || !/^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(reference)) return null;
  return { reference, urgent: marks.includes("u"), atRisk: marks.includes("r") };
}
