import { describe, expect, it } from "vitest";
import { getService } from "@/lib/config";
import { acknowledgementEmail, type ReferralForEmail } from "@/lib/referrals/emails";
import { whatHappensNext } from "@/lib/referrals/next-steps";

const service = getService();
const fridayEvening = new Date("2026-11-20T18:30:00Z");
const settings = {
  to: "csso@example.org",
  appUrl: "https://ipt.example.org",
  includeDetails: false,
  domain: "example.org",
};
const referral: ReferralForEmail = {
  id: "6f1c2b1e-0000-4000-8000-000000000001",
  reference: "KX7P-3M9Q",
  journey: "PARENT_CARER",
  programme: "ipt-a",
  urgent: true,
  createdAt: fridayEvening,
  answers: {},
};

describe("what happens next after sending", () => {
  it("gives an urgent referral the team's urgent standard and when forms are next read, never the routine promise", () => {
    const lines = whatHappensNext({ isReferral: true, urgent: true }, service, fridayEvening);
    expect(lines).toEqual([
      `We will read your referral first: ${service.urgentStandard}.`,
      "We next read forms on Monday 23 November at 9am.",
    ]);
    expect(lines.join(" ")).not.toMatch(/working days/);
  });

  it("gives a routine referral and an enquiry the routine promise", () => {
    expect(whatHappensNext({ isReferral: true, urgent: false }, service, fridayEvening)).toEqual([
      `We will read your referral and contact you within ${service.responseWorkingDays} working days.`,
    ]);
    expect(whatHappensNext({ isReferral: false, urgent: false }, service, fridayEvening)[0]).toMatch(
      /^We will read your message/,
    );
  });

  it("tells an urgent case in the acknowledgement email when forms are next read, without saying it is urgent or giving health details", () => {
    const mail = acknowledgementEmail(referral, "parent@example.net", settings, fridayEvening);
    expect(mail.text).toContain("We next read forms on Monday 23 November at 9am.");
    expect(mail.text).not.toMatch(/urgent|clinician/i);
    expect(mail.text).not.toMatch(/within \d+ working days/);
    expect(mail.text).not.toMatch(/risk|harm|suicid|depress/i);
  });
});
