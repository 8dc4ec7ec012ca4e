import { describe, expect, it } from "vitest";
import { acknowledgementEmail, notificationEmail, type ReferralForEmail } from "@/lib/referrals/emails";

const settings = {
  to: "csso@example.org",
  appUrl: "https://ipt.example.org",
  includeDetails: false,
  domain: "example.org",
};
const referral: ReferralForEmail = {
  id: "6f1c2b1e-0000-4000-8000-000000000001",
  reference: "KX7P-3M9Q",
  journey: "ADULT_SELF",
  programme: "adult-ipt",
  urgent: false,
  createdAt: new Date("2026-11-20T10:15:00Z"),
  answers: {
    about: {
      givenName: "<script>alert(1)</script>",
      familyName: "O'Brien",
      dateOfBirth: { day: "1", month: "2", year: "1990" },
    },
    concerns: { whatIsHappening: "<b>bold</b> & more", relationships: [] },
  },
};

describe("email content", () => {
  it("carries full details, escaped in HTML, only when MAIL_INCLUDE_DETAILS is on", () => {
    const off = notificationEmail(referral, settings);
    expect(off.text).not.toContain("O'Brien");
    const on = notificationEmail(referral, { ...settings, includeDetails: true });
    expect(on.text).toContain("<script>alert(1)</script>");
    expect(on.text).toContain("1 February 1990");
    expect(on.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(on.html).toContain("&lt;b&gt;bold&lt;/b&gt; &amp; more");
    expect(on.html).not.toContain("<script>");
    expect(on.html).not.toContain("<b>bold");
  });

  it("uses one Message-ID per referral, the same on every attempt", () => {
    expect(notificationEmail(referral, settings).messageId).toBe(notificationEmail(referral, settings).messageId);
    expect(notificationEmail(referral, settings).messageId).toBe("<referral-KX7P-3M9Q@example.org>");
    expect(acknowledgementEmail(referral, "a@example.net", settings).messageId).toBe("<ack-KX7P-3M9Q@example.org>");
  });

  it("calls an enquiry an enquiry, with no programme", () => {
    const mail = notificationEmail({ ...referral, journey: "TRAINING_ENQUIRY", programme: null }, settings);
    expect(mail.subject).toBe("New enquiry KX7P-3M9Q");
    expect(mail.text).not.toContain("Programme");
  });
});

describe("risk flags in the team's email", () => {
  it("names each flag in words, and says None when there are none, without anything the person typed", () => {
    const flagged = notificationEmail({ ...referral, urgent: true, flags: ["mayActSoon", "safeguarding"] }, settings);
    expect(flagged.text).toContain("May act on them soon; Safeguarding concern");
    expect(flagged.text).not.toContain("O'Brien");
    expect(notificationEmail(referral, settings).text).toMatch(/Flags\s*:?\s*None/);
  });
});
