import { afterEach, describe, expect, it } from "vitest";
import { getService } from "@/lib/config";
import { htmlEmail, textEmail, type OutgoingMail } from "@/lib/mail";
import { acknowledgementEmail, notificationEmail, type ReferralForEmail } from "@/lib/referrals/emails";
import type { JourneyKind } from "@/lib/referrals/journeys/types";
import { riskFlagNames } from "@/lib/referrals/risk-flags";

// Every word of both emails, compared whole: the team acts on the notification's subject and rows,
// and the person's email must promise only what the team does and say nothing about health.

type Content = Parameters<typeof htmlEmail>[0];

const service = getService();
const settings = {
  to: "csso@example.org",
  appUrl: "https://ipt.example.org",
  includeDetails: false,
  domain: "example.org",
};
const id = "6f1c2b1e-0000-4000-8000-000000000001";
const link = { href: `https://ipt.example.org/admin/referrals/${id}`, text: "Open in the dashboard" };
// Summer, so London time (BST) is an hour ahead of UTC: 11:15 in London.
const referral: ReferralForEmail = {
  id,
  reference: "KX7P-3M9Q",
  journey: "ADULT_SELF",
  programme: "adult-ipt",
  urgent: false,
  createdAt: new Date("2026-07-01T10:15:00Z"),
  answers: { about: { givenName: "Alex", familyName: "Testperson" } },
};

function expectMail(mail: OutgoingMail, content: Content) {
  expect(mail.subject).toBe(content.heading);
  expect(mail.text).toBe(textEmail(content));
  expect(mail.html).toBe(htmlEmail(content));
}

describe("the team's notification, in full", () => {
  it("a routine referral: reference, type, suggested programme, not urgent, no flags, received in London time, and the dashboard link", () => {
    expectMail(notificationEmail(referral, settings), {
      heading: "New referral KX7P-3M9Q",
      paragraphs: ["Open the dashboard to read the details."],
      rows: [
        ["Reference", "KX7P-3M9Q"],
        ["Type", "Adult, for themselves"],
        ["Suggested programme", "IPT for adults"],
        ["Urgent", "No"],
        ["Flags", "None"],
        ["Received", "1 July 2026 at 11:15"],
      ],
      link,
    });
  });

  it("an urgent referral says so in the subject, the first paragraph and the Urgent row", () => {
    const mail = notificationEmail({ ...referral, urgent: true, flags: ["mayActSoon"] }, settings);
    expectMail(mail, {
      heading: "URGENT: New referral KX7P-3M9Q – at risk now",
      paragraphs: [
        "The person said they may be at risk of harming themselves or someone else now. They were shown the crisis lines.",
        "Open the dashboard to read the details.",
      ],
      rows: [
        ["Reference", "KX7P-3M9Q"],
        ["Type", "Adult, for themselves"],
        ["Suggested programme", "IPT for adults"],
        ["Urgent", "Yes: the person may be at risk of harm now"],
        ["Flags", "May act on them soon"],
        ["Received", "1 July 2026 at 11:15"],
      ],
      link,
    });
  });

  it("names every flag in staff's words, in the order staff read them", () => {
    const flags = [...riskFlagNames];
    expect(notificationEmail({ ...referral, flags }, settings).text).toContain(
      "\nFlags: Thoughts of self-harm or suicide; May act on them soon; Someone may be hurting them; Safeguarding concern; Under 16, parent does not know; No parental responsibility confirmed\n",
    );
  });

  it("with no programme suggested, leaves the choice to staff rather than signposting away", () => {
    const mail = notificationEmail({ ...referral, programme: null }, settings);
    expect(mail.text).toContain("\nSuggested programme: None suggested: for staff to decide\n");
  });

  it("an enquiry has no programme or flags rows", () => {
    const mail = notificationEmail({ ...referral, journey: "GENERAL_QUESTION", programme: null }, settings);
    expectMail(mail, {
      heading: "New enquiry KX7P-3M9Q",
      paragraphs: ["Open the dashboard to read the details."],
      rows: [
        ["Reference", "KX7P-3M9Q"],
        ["Type", "General question"],
        ["Urgent", "No"],
        ["Received", "1 July 2026 at 11:15"],
      ],
      link,
    });
  });

  it("with full details on, drops the 'open the dashboard' paragraph and goes straight from heading to rows", () => {
    const mail = notificationEmail(referral, { ...settings, includeDetails: true });
    expect(mail.text.startsWith("New referral KX7P-3M9Q\n\nReference: KX7P-3M9Q\n")).toBe(true);
    expect(mail.html).toContain('New referral KX7P-3M9Q</h1><table cellpadding="4"');
  });

  it("treats a journey it does not know as an adult's own referral, rather than failing to send", () => {
    const mail = notificationEmail({ ...referral, journey: "RETIRED_JOURNEY" as JourneyKind }, settings);
    expect(mail.subject).toBe("New referral KX7P-3M9Q");
    expect(mail.text).toContain("\nType: Adult, for themselves\n");
  });
});

describe("the person's acknowledgement, in full", () => {
  const workingDays = service.responseWorkingDays;
  afterEach(() => {
    service.responseWorkingDays = workingDays;
  });
  const fridayEvening = new Date("2026-11-20T18:30:00Z");
  const opening = "Thank you. We have received your form. Your reference is KX7P-3M9Q.";
  const quote = "Please quote it if you contact us.";
  const progress =
    "To see how far it has got, go to https://ipt.example.org/check-progress with the reference and the date of birth.";
  const phone = `To talk to us, call ${service.phone} (${service.phoneHours}).`;
  const emergencies =
    "We cannot respond to emergencies. If someone is in danger now, call 999. If you need help now, call NHS 111.";
  const heading = `${service.neutralEmail.subject} KX7P-3M9Q`;

  it("a routine referral: the reference, the routine promise in working days, progress, phone and emergencies", () => {
    service.responseWorkingDays = 5;
    const mail = acknowledgementEmail(referral, "person@example.net", settings, fridayEvening);
    expectMail(mail, {
      heading,
      paragraphs: [opening, "We will contact you within 5 working days.", quote, progress, phone, emergencies],
    });
  });

  it("says '1 working day', not '1 working days', when that is the team's promise", () => {
    service.responseWorkingDays = 1;
    const mail = acknowledgementEmail(referral, "person@example.net", settings, fridayEvening);
    expect(mail.text).toContain("\n\nWe will contact you within 1 working day.\n\n");
  });

  it("an urgent referral: when forms are next read and that we will contact them once read, instead of the routine promise", () => {
    const mail = acknowledgementEmail({ ...referral, urgent: true }, "person@example.net", settings, fridayEvening);
    expectMail(mail, {
      heading,
      paragraphs: [
        opening,
        "We next read forms on Monday 23 November at 9am.",
        "We will contact you as soon as we have read it.",
        quote,
        progress,
        phone,
        emergencies,
      ],
    });
  });

  it("an enquiry has no progress page to point to", () => {
    service.responseWorkingDays = 5;
    const enquiry = { ...referral, journey: "TRAINING_ENQUIRY" as const, programme: null };
    expectMail(acknowledgementEmail(enquiry, "person@example.net", settings, fridayEvening), {
      heading,
      paragraphs: [opening, "We will contact you within 5 working days.", quote, phone, emergencies],
    });
  });
});
