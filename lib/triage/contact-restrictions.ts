import { restrictionsOf, type ContactPermissions } from "@/lib/referrals/journeys/contact-permissions";

// The ways the person asked us not to reach them. A voicemail on a shared phone can tell someone
// at home about the referral, so these belong in the risk and safeguarding box, not down the page.

type Permissions = ContactPermissions & { mayLeaveMessage?: string };

/**
 * "Do not leave voicemail", "Do not text"…, from the referral's contact answers; empty when there are none.
 * A professional's referral of a child also names the parent or carer's, marked as theirs.
 */
export function contactRestrictions(answers: unknown): string[] {
  const pages = answers as { contact?: Permissions; "parent-details"?: Permissions } | null;
  return [
    ...restrictionsOf(pages?.contact),
    ...restrictionsOf(pages?.["parent-details"]).map((words) => `Parent or carer: ${words}`),
  ];
}
