import "server-only";
import { htmlEmail, textEmail, type OutgoingMail } from "@/lib/mail";
import type { EscalatedReferral } from "./due";
import { durationInWords } from "./duration";
import type { EscalationSettings } from "./settings";

// Enough to act on; the dashboard has the rest.
export const MOST_LISTED = 50;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The duty alert: counts, references, how long each has waited and links to the dashboard. Nothing
 * about the person (no name, date of birth, contact details or anything they typed), because a duty
 * mailbox is read by whoever is on duty and may not be secure mail.
 */
export function escalationEmail(
  listed: EscalatedReferral[],
  counts: { urgentUnopened: number; overdue: number; total: number },
  s: EscalationSettings & { responseWorkingDays: number },
  now: Date,
): OutgoingMail {
  const urgent = counts.urgentUnopened;
  const summary = [
    urgent ? `${plural(urgent, "urgent referral", "urgent referrals")} not opened` : "",
    counts.overdue ? `${plural(counts.overdue, "referral", "referrals")} past the response standard` : "",
  ].filter(Boolean);
  const subject = `Duty alert: ${summary.join(", ")}`;
  const row = (r: EscalatedReferral): [string, string] => {
    const why = [
      r.urgentUnopened ? `urgent, not opened after ${durationInWords(r.workingMinutes)} of office hours` : "",
      r.overdue ? `past the ${s.responseWorkingDays}-working-day response standard` : "",
    ].filter(Boolean);
    return [r.reference, `${why.join("; ")}. ${s.appUrl}/admin/referrals/${r.id}`];
  };
  const content = {
    heading: subject,
    paragraphs: [
      urgent
        ? `Urgent referrals are from people who said they may be at risk of harm now. No one has opened ${urgent === 1 ? "it" : "them"} in the dashboard yet.`
        : "",
      "This alert is sent again while an urgent referral stays unopened, and when another referral passes the response standard. It holds references only: open the dashboard for the details.",
      counts.total > listed.length
        ? `The ${listed.length} oldest are listed; ${counts.total - listed.length} more are in the dashboard.`
        : "",
    ].filter(Boolean),
    rows: listed.map(row),
    link: { href: `${s.appUrl}/admin`, text: "Open the dashboard" },
  };
  return {
    to: s.to,
    subject,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<escalation-${now.getTime()}@${s.domain}>`,
  };
}
