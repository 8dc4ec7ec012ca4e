import "server-only";
import { getService } from "@/lib/config/service";
import { htmlEmail, textEmail, type OutgoingMail } from "@/lib/mail";
import { stageOf } from "@/lib/progress/stage";
import type { ReferralStatus } from "@/lib/db/generated/enums";

export interface OutcomeForEmail {
  reference: string;
  status: ReferralStatus;
  createdAt: Date;
  outcomeWords: string;
  /** Staff's words for the person, only when they ticked "share with the person". */
  sharedText: string | null;
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: Date | null;
  nhsNumber: string | null;
}

export interface OutcomeEmailSettings {
  domain: string;
  includeDetails: boolean;
  /** Recipient domains secure enough for details (MAIL_SECURE_DOMAINS). */
  secureDomains: readonly string[];
}

const day = (d: Date) => d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" });
const nhs = (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;

/** Details only with MAIL_INCLUDE_DETAILS=true and a recipient on a secure domain (NHSmail by default). */
export const mayIncludeDetails = (to: string, s: OutcomeEmailSettings) =>
  s.includeDetails && s.secureDomains.includes(to.toLowerCase().split("@").pop() ?? "");

/**
 * The professional's outcome email. By default the reference, the stage and the outcome's words
 * only; with details allowed, a short letter naming the person and saying what the team shared.
 */
export function outcomeEmail(r: OutcomeForEmail, to: string, s: OutcomeEmailSettings): OutgoingMail {
  const service = getService();
  const subject = `Outcome of referral ${r.reference}`;
  const call = `If you have a question, call ${service.phone} (${service.phoneHours}) and quote the reference.`;
  const content = mayIncludeDetails(to, s)
    ? letter(r, call)
    : {
        heading: subject,
        paragraphs: ["There is an update on a referral you made to us.", call],
        rows: [
          ["Reference", r.reference],
          ["Stage", stageOf(r.status)],
          ["Outcome", r.outcomeWords],
        ] as [string, string][],
      };
  return {
    to,
    subject,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<outcome-${r.reference}@${s.domain}>`,
  };
}

function letter(r: OutcomeForEmail, call: string) {
  const service = getService();
  const name = [r.givenName, r.familyName].filter(Boolean).join(" ") || "the person you referred";
  const about = [
    name,
    r.dateOfBirth ? `born ${day(r.dateOfBirth)}` : "",
    r.nhsNumber ? `NHS number ${nhs(r.nhsNumber)}` : "",
  ].filter(Boolean);
  return {
    heading: `Re: ${about.join(", ")} (reference ${r.reference})`,
    paragraphs: [
      "Dear colleague,",
      `Thank you for your referral, which we received on ${day(r.createdAt)}.`,
      `Outcome: ${r.outcomeWords}. Stage: ${stageOf(r.status)}.`,
      ...(r.sharedText ? [`What we have told ${name}: ${r.sharedText}`] : []),
      call,
      `Yours sincerely,\n${service.name}, ${service.organisation}`,
    ],
  };
}
