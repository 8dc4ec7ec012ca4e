import type { ContactPermissions } from "@/lib/referrals/journeys/contact-permissions";

// The ways the person asked us not to reach them. A voicemail on a shared phone can tell someone
// at home about the referral, so these belong in the risk and safeguarding box, not down the page.
const RESTRICTIONS: [keyof ContactPermissions, string, string][] = [
  ["mayCall", "no", "Do not call"],
  ["mayVoicemail", "no", "Do not leave voicemail"],
  ["mayText", "no", "Do not text"],
  ["phoneOwn", "shared", "Phone is shared with other people"],
  ["mayEmail", "no", "Do not email"],
  ["emailOwn", "shared", "Inbox is shared with other people"],
];

/** "Do not leave voicemail", "Do not text"…, from the referral's contact answers; empty when there are none. */
export function contactRestrictions(answers: unknown): string[] {
  const contact = (answers as { contact?: ContactPermissions & { mayLeaveMessage?: string } } | null)?.contact;
  if (!contact || typeof contact !== "object") return [];
  // Referrals sent before the questions were split asked one question about messages and texts.
  if (contact.mayLeaveMessage === "no") return ["Do not leave a message or text"];
  return RESTRICTIONS.filter(([name, value]) => contact[name] === value).map(([, , words]) => words);
}
