import "server-only";
import { htmlEmail, textEmail, type OutgoingMail } from "@/lib/mail";
import type { EscalatedReferral } from "./due";
import { durationInWords } from "./duration";
import type { EscalationSettings } from "./settings";

// Enough to act on; the dashboard has the rest.
const MOST_LISTED = 50;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The duty alert: counts, references, how long each has waited and links to the dashboard. Nothing
 * about the person (no name, date of birth, contact details or anything they typed), because a duty
 * mailbox is read by whoever is on duty and may not be secure mail.
 */
export function escalationEmail(
  due: EscalatedReferral[],
  s: EscalationSettings & { responseWorkingDays: number },
  now: Date,
): OutgoingMail {
  const urgent = due.filter((r) => r.urgentUnopened);
  const overdue = due.filter((r) => r.overdue);
  const summary = [
    urgent.length ? `${plural(urgent.length, "urgent referral", "urgent referrals")} not opened` : "",
    overdue.length ? `${plural(overdue.length, "referral", "referrals")} past the response standard` : "",
  ].filter(Boolean);
  const subject = `Duty alert: ${summary.join(", ")}`;
  const row = (r: EscalatedReferral): [string, string] => {
    const why = [
      r.urgentUnopened ? `urgent, not opened after ${durationInWords(r.workingMinutes)} of office hours` : "",
      r.overdue ? `past the ${s.responseWorkingDays}-working-day response standard` : "",
    ].filter(Boolean);
    return [r.reference, `${why.join("; ")}. ${s.appUrl}/admin/referrals/${r.id}`];
  };
  const listed = due.slice(0, MOST_LISTED);
  const content = {
    heading: subject,
    paragraphs: [
      urgent.length
        ? `Urgent referrals are from people who said they may be at risk of harm now. No one has opened ${urgent.length === 1 ? "it" : "them"} in the dashboard yet.`
        : "",
      "This alert is sent again while an urgent referral stays unopened. It holds references only: open the dashboard for the details.",
      due.length > MOST_LISTED
        ? `The ${MOST_LISTED} oldest are listed; ${due.length - MOST_LISTED} more are in the dashboard.`
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
