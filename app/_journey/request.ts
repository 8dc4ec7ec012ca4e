import "server-only";
import { cookies, headers } from "next/headers";
import { getEnv } from "@/lib/config";
import { deleteDraft, draftCookieName, DRAFT_COOKIE_PREFIX } from "@/lib/referrals";
import { clientIpFrom } from "@/lib/security/client-ip";
import type { SentReferral } from "@/lib/referrals/submit-journey";
import type { Journey } from "@/lib/referrals/journeys/types";

export const DONE_COOKIE = "ipt_done";

/** The client's address for rate limiting (lib/security/client-ip.ts: socket address or trusted hops). */
export async function clientAddress(): Promise<string> {
  return clientIpFrom(await headers(), getEnv().TRUSTED_PROXY_HOPS) ?? "unknown";
}

/**
 * The draft cookie is a session cookie: no Max-Age or Expires, so closing the browser forgets it.
 * The server's 30-minute inactivity timeout (lib/referrals/drafts.ts) ends the draft itself.
 */
export const draftCookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: (getEnv().APP_URL ?? "").startsWith("https:"),
  path: "/",
});

type JourneyRef = Pick<Journey, "slug">;

export async function draftToken(journey: JourneyRef): Promise<string | undefined> {
  return (await cookies()).get(draftCookieName(journey))?.value;
}

export async function setDraftToken(journey: JourneyRef, token: string): Promise<void> {
  (await cookies()).set(draftCookieName(journey), token, draftCookieOptions());
}

/** Forgets this journey's draft: the row in the database and the cookie. */
export async function forgetDraft(journey: JourneyRef): Promise<void> {
  const jar = await cookies();
  const token = jar.get(draftCookieName(journey))?.value;
  // The cookie first: if the database is down, the answers are out of reach and time out by themselves.
  jar.delete(draftCookieName(journey));
  await deleteDraft(token);
}

/** Exit this page: every draft on this device, and the sent-form reference, are deleted. */
export async function forgetEverything(): Promise<void> {
  const jar = await cookies();
  const drafts = jar.getAll().filter(({ name }) => name.startsWith(DRAFT_COOKIE_PREFIX));
  for (const { name } of drafts) jar.delete(name);
  jar.delete(DONE_COOKIE);
  for (const { value } of drafts) await deleteDraft(value);
}

/**
 * After sending: forget the draft, remember the reference for the confirmation page (for an
 * hour), with whether it was urgent or showed risk, so that page gives the right promise and help.
 */
export async function finishJourney(
  journey: JourneyRef,
  reference: string,
  sent: SentReferral = { urgent: false, atRisk: false },
): Promise<void> {
  const jar = await cookies();
  jar.delete(draftCookieName(journey));
  const marks = `${sent.urgent ? "u" : ""}${sent.atRisk ? "r" : ""}`;
  jar.set(DONE_COOKIE, `${journey.slug}:${reference}:${marks}`, { ...draftCookieOptions(), maxAge: 60 * 60 });
}

/** "Start a new form": the sent-form reference and any draft of this journey are forgotten. */
export async function startAgain(journey: JourneyRef): Promise<void> {
  await forgetDraft(journey);
  const jar = await cookies();
  if ((jar.get(DONE_COOKIE)?.value ?? "").startsWith(`${journey.slug}:`)) jar.delete(DONE_COOKIE);
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
