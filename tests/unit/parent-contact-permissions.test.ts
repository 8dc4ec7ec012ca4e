import { describe, expect, it } from "vitest";
import { z } from "zod";
import { notificationEmail } from "@/lib/referrals/emails";
import { consentFacts } from "@/lib/referrals/consent-facts";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";
import type { Answers } from "@/lib/referrals/journeys/types";
import { contactRestrictions } from "@/lib/triage/contact-restrictions";

// Issue 11: a professional's referral of a child gives the parent or carer's contact, and that
// contact gets the same permission questions as the person's own (H17), shown to staff the same way.

const details = getQuestionStep(journeys.professional, "parent-details")!.schema;
const errorsOf = (value: unknown): Record<string, string[] | undefined> => {
  const result = details.safeParse(value);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};
const given = { parentName: "Sam Testparent", parentRelationship: "Mother", parentHasPR: "yes" };
const parentPhone = "07700 900123";
const parentEmail = "sam@example.net";

describe("the parent or carer's contact in a professional's referral", () => {
  it("asks each phone question separately when the parent's phone number is given", () => {
    expect(errorsOf({ ...given, parentPhone, mayCall: "yes" })).toEqual({
      mayVoicemail: ["Select yes if we can leave a voicemail"],
      mayText: ["Select yes if we can send a text message"],
      phoneOwn: ["Select whether other people use this phone"],
    });
  });

  it("asks both email questions when the parent's email address is given, and nothing about a phone not given", () => {
    expect(errorsOf({ ...given, parentEmail })).toEqual({
      mayEmail: ["Select yes if we can email this address"],
      emailOwn: ["Select whether other people read this inbox"],
    });
    expect(errorsOf({ ...given, parentEmail, mayEmail: "no", emailOwn: "shared" })).toEqual({});
  });

  it("words the questions about their phone and inbox, not the referrer's", () => {
    const labels = getQuestionStep(journeys.professional, "parent-details")!.fields.map((f) => f.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Can we call this number?",
        "Can we leave a voicemail?",
        "Can we send a text message?",
        "Is this their phone, not a shared one?",
        "Can we email this address?",
        "Is this their own inbox?",
      ]),
    );
  });

  const answers = {
    about: { givenName: "Alex", familyName: "Testperson", dateOfBirth: { day: "1", month: "1", year: "2016" } },
    "parent-details": {
      ...given,
      parentPhone,
      mayCall: "yes",
      mayVoicemail: "no",
      mayText: "no",
      phoneOwn: "shared",
      parentEmail,
      mayEmail: "yes",
      emailOwn: "own",
    },
  } as unknown as Answers;

  it("shows staff each permission beside the parent's phone and email, in words", () => {
    expect(consentFacts(answers)).toContainEqual({
      label: "Parent or carer",
      value:
        "Sam Testparent (Mother), 07700 900123 (call: yes, voicemail: no, text: no, own phone: no (shared)), sam@example.net (email: yes, own inbox: yes)",
    });
  });

  it("names the parent's restrictions in the risk and contact box, marked as theirs, after the person's own", () => {
    const withOwn = { ...answers, contact: { phone: "07700 900982", mayCall: "no" } } as unknown as Answers;
    expect(contactRestrictions(withOwn)).toEqual([
      "Do not call",
      "Parent or carer: Do not leave voicemail",
      "Parent or carer: Do not text",
      "Parent or carer: Phone is shared with other people",
    ]);
  });

  it("lists the parent's permissions in the team's detailed email, as it lists the person's own", () => {
    const referral = {
      id: "6f1c2b1e-0000-4000-8000-000000000002",
      reference: "KX7P-3M9R",
      journey: "PROFESSIONAL" as const,
      programme: null,
      urgent: false,
      createdAt: new Date("2026-11-20T10:15:00Z"),
      answers,
    };
    const settings = { to: "csso@example.org", appUrl: "https://ipt.example.org", domain: "example.org" };
    const detailed = notificationEmail(referral, { ...settings, includeDetails: true }).text;
    expect(detailed).toMatch(/The child's parent or carer: Can we leave a voicemail\?\s*:?\s*No/);
    expect(detailed).toMatch(
      /The child's parent or carer: Is this their phone, not a shared one\?\s*:?\s*No, other people/,
    );
    // Without MAIL_INCLUDE_DETAILS, nothing about the family's phone is in the email.
    expect(notificationEmail(referral, { ...settings, includeDetails: false }).text).not.toContain("voicemail");
  });
});
