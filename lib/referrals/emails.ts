import "server-only";
import { getService } from "@/lib/config/service";
import { htmlEmail, textEmail, type OutgoingMail } from "@/lib/mail";
import { getJourney } from "./journeys/registry";
import type { Answers, Journey, JourneyKind } from "./journeys/types";
import { journeys } from "./journeys/registry";
import { whatHappensNext } from "./next-steps";
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
    ["Type", journey.name],
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

/** The person's acknowledgement: the reference and what happens next; nothing about their health. */
export function acknowledgementEmail(
  r: ReferralForEmail,
  to: string,
  s: EmailSettings,
  now = new Date(),
): OutgoingMail {
  const service = getService();
  const journey = journeyOf(r.journey);
  const what = journey.isReferral ? "referral" : "message";
  const subject = `We have your ${what}: ${r.reference}`;
  const content = {
    heading: subject,
    paragraphs: [
      `Thank you. ${service.name} has received your ${what}. Your reference is ${r.reference}.`,
      ...whatHappensNext({ isReferral: journey.isReferral, urgent: r.urgent }, service, now),
      "Please quote your reference if you contact us.",
      `If you need to talk to us, call ${service.phone} (${service.phoneHours}).`,
      "We cannot respond to emergencies. If someone is in danger now, call 999. For urgent mental health help, call NHS 111 and choose the mental health option.",
    ],
  };
  return {
    to,
    subject,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<ack-${r.reference}@${s.domain}>`,
  };
}
