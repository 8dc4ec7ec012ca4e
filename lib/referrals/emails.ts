import "server-only";
import { nextReadingSentence } from "@/lib/calendar";
import { getService } from "@/lib/config/service";
import { htmlEmail, textEmail, type OutgoingMail } from "@/lib/mail";
import { getJourney } from "./journeys/registry";
import type { Answers, Journey, JourneyKind } from "./journeys/types";
import { journeys } from "./journeys/registry";
import { JOURNEY_LABELS } from "@/lib/triage/labels";
import { riskFlagLabels, type RiskFlag } from "./risk-flags";
import { summarise } from "./summary";

export interface ReferralForEmail {
  id: string;
  reference: string;
  journey: JourneyKind;
  programme: string | null;
  urgent: boolean;
  /** Risk and safeguarding flags, named in the team's email as flags only. */
  flags?: RiskFlag[];
  createdAt: Date;
  answers: unknown;
}

export interface EmailSettings {
  to: string;
  appUrl: string;
  includeDetails: boolean;
  /** The domain part of Message-IDs. */
  domain: string;
}

const journeyOf = (kind: JourneyKind): Journey =>
  Object.values(journeys).find((j) => j.kind === kind) ?? getJourney("adult")!;
// A suggestion only: staff decide. "None" never tells staff to signpost the person away.
const programmeName = (id: string | null) =>
  getService().programmes.find((p) => p.id === id)?.name ?? "None suggested: for staff to decide";
const received = (d: Date) =>
  d.toLocaleString("en-GB", { timeZone: "Europe/London", dateStyle: "long", timeStyle: "short" });

/**
 * The clinical support officer's email. By default only what is needed to act: reference,
 * journey, programme, urgency, time, and a link to the dashboard. No name, date of birth,
 * NHS number or anything typed in, unless MAIL_INCLUDE_DETAILS is on (secure mail only).
 */
export function notificationEmail(r: ReferralForEmail, s: EmailSettings): OutgoingMail {
  const journey = journeyOf(r.journey);
  const kind = journey.isReferral ? "referral" : "enquiry";
  const subject = `${r.urgent ? "URGENT: " : ""}New ${kind} ${r.reference}${r.urgent ? " – at risk now" : ""}`;
  const rows: [string, string][] = [
    ["Reference", r.reference],
    ["Type", JOURNEY_LABELS[journey.kind]],
    ...(journey.isReferral ? [["Suggested programme", programmeName(r.programme)] as [string, string]] : []),
    ["Urgent", r.urgent ? "Yes: the person may be at risk of harm now" : "No"],
    ...(journey.isReferral
      ? [["Flags", r.flags?.length ? r.flags.map((f) => riskFlagLabels[f]).join("; ") : "None"] as [string, string]]
      : []),
    ["Received", received(r.createdAt)],
  ];
  if (s.includeDetails) {
    for (const section of summarise(journey, r.answers as Answers)) {
      for (const row of section.rows) rows.push([`${section.title}: ${row.key}`, row.value]);
    }
  }
  const content = {
    heading: subject,
    paragraphs: [
      r.urgent
        ? "The person said they may be at risk of harming themselves or someone else now. They were shown the crisis lines."
        : "",
      s.includeDetails ? "" : "Open the dashboard to read the details.",
    ].filter(Boolean),
    rows,
    link: { href: `${s.appUrl}/admin/referrals/${r.id}`, text: "Open in the dashboard" },
  };
  return {
    to: s.to,
    subject,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<referral-${r.reference}@${s.domain}>`,
  };
}

/**
 * The person's own email: the reference and how to reach us, nothing more. It may land in an inbox
 * others read, so the sender name, subject and text never say what it is about (no health words, no
 * "referral"), and nothing the person typed is in it (H05).
 */
export function acknowledgementEmail(
  r: ReferralForEmail,
  to: string,
  s: EmailSettings,
  now = new Date(),
): OutgoingMail {
  const service = getService();
  const days = service.responseWorkingDays === 1 ? "1 working day" : `${service.responseWorkingDays} working days`;
  // An urgent form is never given the routine promise, but the email does not say it is urgent either.
  const next = r.urgent
    ? [nextReadingSentence(now, service.officeHours), "We will contact you as soon as we have read it."]
    : [`We will contact you within ${days}.`];
  const subject = `${service.neutralEmail.subject} ${r.reference}`;
  const content = {
    heading: subject,
    paragraphs: [
      `Thank you. We have received your form. Your reference is ${r.reference}.`,
      ...next,
      "Please quote it if you contact us.",
      ...(journeyOf(r.journey).isReferral
        ? [`To see how far it has got, go to ${s.appUrl}/check-progress with the reference and the date of birth.`]
        : []),
      `To talk to us, call ${service.phone} (${service.phoneHours}).`,
      "We cannot respond to emergencies. If someone is in danger now, call 999. If you need help now, call NHS 111.",
    ],
  };
  return {
    to,
    subject,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<ack-${r.reference}@${s.domain}>`,
    fromName: service.neutralEmail.senderName,
  };
}
