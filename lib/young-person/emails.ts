import "server-only";
import { getService } from "@/lib/config/service";
import { crisisLinesFor, emergency } from "@/lib/content/crisis-lines";
import { htmlEmail, textEmail, type OutgoingMail } from "@/lib/mail";
import { riskFlagLabels, type RiskFlag } from "@/lib/referrals/risk-flags";
import { LINK_LIFETIME_DAYS } from "./link";

/**
 * The sender name and subject a young person sees, perhaps in an inbox a parent or sibling can read:
 * nothing about health, therapy or a referral.
 */
export const INVITATION_SENDER = "Your view";
export const INVITATION_SUBJECT = "You are invited to share your view";

const day = (d: Date) => d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" });

/** The young person's invitation: who asked, what the link is for, and that it is private. */
export function invitationEmail(to: string, url: string, expiresAt: Date, domain: string, id: string): OutgoingMail {
  const service = getService();
  const content = {
    heading: INVITATION_SUBJECT,
    paragraphs: [
      "Hello. Someone who knows you asked us to invite you to tell us your view, in your own words.",
      "Only our team will read what you write. The person who asked us will not see it.",
      `The link works once and stops working on ${day(expiresAt)} (${LINK_LIFETIME_DAYS} days). You do not have to use it.`,
      `If you were not expecting this, or want to check it is really from us, call ${service.phone} (${service.phoneHours}).`,
      `If you need help now: ${[emergency, ...crisisLinesFor(service.nation, "young-person").slice(0, 2)]
        .map((line) => `${line.name}, ${line.action}`)
        .join("; ")}.`,
    ],
    link: { href: url, text: "Share your view" },
  };
  return {
    to,
    subject: INVITATION_SUBJECT,
    fromName: INVITATION_SENDER,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<invite-${id}@${domain}>`,
  };
}

/** The team's note: which referral, which flags; nothing the young person wrote. */
export function viewAddedEmail(
  r: { id: string; reference: string; urgent: boolean },
  flags: RiskFlag[],
  s: { to: string; appUrl: string; domain: string },
): OutgoingMail {
  const subject = `${r.urgent ? "URGENT: " : ""}The young person added their view to ${r.reference}`;
  const content = {
    heading: subject,
    paragraphs: ["Open the dashboard to read what they said."],
    rows: [
      ["Reference", r.reference],
      ["Flags from their answers", flags.length ? flags.map((f) => riskFlagLabels[f]).join("; ") : "None"],
    ] as [string, string][],
    link: { href: `${s.appUrl}/admin/referrals/${r.id}`, text: "Open in the dashboard" },
  };
  return {
    to: s.to,
    subject,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<young-person-view-${r.reference}@${s.domain}>`,
  };
}
