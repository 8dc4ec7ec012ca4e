import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";
import { emailPermissionsText, phonePermissionsText } from "@/lib/referrals/journeys/contact-permissions";
import { acknowledgementAddress } from "@/lib/referrals/search-columns";
import { summarise } from "@/lib/referrals/summary";
import type { Answers } from "@/lib/referrals/journeys/types";

const errorsOf = (schema: z.ZodType, value: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(value);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};
const page = (slug: keyof typeof journeys, id: string) => getQuestionStep(journeys[slug], id)!.schema;

const phone = "07700 900982";
const email = "sam@example.net";
const yesNo = ["yes", "no"] as const;
const own = ["own", "shared"] as const;
const phoneCombinations = yesNo.flatMap((mayCall) =>
  yesNo.flatMap((mayVoicemail) =>
    yesNo.flatMap((mayText) => own.map((phoneOwn) => ({ mayCall, mayVoicemail, mayText, phoneOwn }))),
  ),
);
const emailCombinations = yesNo.flatMap((mayEmail) => own.map((emailOwn) => ({ mayEmail, emailOwn })));

describe("contact permissions", () => {
  const contact = page("adult", "contact");

  it.each(phoneCombinations)("accepts every answer about a phone number: %o", (permissions) => {
    expect(errorsOf(contact, { phone, ...permissions })).toEqual({});
    expect(contact.parse({ phone, ...permissions })).toMatchObject(permissions);
  });

  it.each(emailCombinations)("accepts every answer about an email address: %o", (permissions) => {
    expect(errorsOf(contact, { email, ...permissions })).toEqual({});
  });

  it("asks each phone question separately when a phone number is given", () => {
    expect(errorsOf(contact, { phone, mayCall: "yes" })).toEqual({
      mayVoicemail: ["Select yes if we can leave a voicemail"],
      mayText: ["Select yes if we can send a text message"],
      phoneOwn: ["Select whether other people use this phone"],
    });
  });

  it("asks both email questions when an email address is given", () => {
    expect(errorsOf(contact, { email })).toEqual({
      mayEmail: ["Select yes if we can email this address"],
      emailOwn: ["Select whether other people read this inbox"],
    });
  });

  it("does not ask about a phone or inbox the person did not give", () => {
    expect(errorsOf(contact, { email, mayEmail: "no", emailOwn: "shared" })).toEqual({});
  });

  it("offers the reference by email only to someone contacted themselves, not about a patient", () => {
    expect(errorsOf(contact, { email, mayEmail: "yes", emailOwn: "own", emailReference: ["yes"] })).toEqual({});
    expect(
      page("professional", "contact").safeParse({ email, mayEmail: "yes", emailOwn: "own", emailReference: ["yes"] })
        .success,
    ).toBe(false);
  });

  it("shows staff each permission beside the contact, in words", () => {
    expect(phonePermissionsText({ mayCall: "yes", mayVoicemail: "no", mayText: "yes", phoneOwn: "shared" })).toBe(
      "call: yes, voicemail: no, text: yes, own phone: no (shared)",
    );
    expect(emailPermissionsText({ mayEmail: "no", emailOwn: "own" })).toBe("email: no, own inbox: yes");
    expect(phonePermissionsText({})).toBe(
      "call: not answered, voicemail: not answered, text: not answered, own phone: not answered",
    );
  });
});

describe("who is sent the email with their reference", () => {
  const adult = journeys.adult;
  const withContact = (contact: Record<string, unknown>) => ({ contact }) as Answers;

  it("is the person only when they ticked the box and said we may email them", () => {
    expect(acknowledgementAddress(adult, withContact({ email, mayEmail: "yes", emailReference: ["yes"] }))).toBe(email);
  });

  it.each([
    ["the box is not ticked", { email, mayEmail: "yes", emailReference: [] }],
    ["emails are refused", { email, mayEmail: "no", emailReference: ["yes"] }],
    ["email was not answered", { email, emailReference: ["yes"] }],
    ["no address was given", { email: "", mayEmail: "yes", emailReference: ["yes"] }],
    ["the form is from before the question existed", { email, mayLeaveMessage: "yes" }],
  ])("is nobody when %s", (_, contact) => {
    expect(acknowledgementAddress(adult, withContact(contact))).toBeNull();
  });
});

describe("postcode and a fixed address", () => {
  const where = page("adult", "where");

  it("lets the postcode be left out", () => {
    expect(errorsOf(where, { postcode: "", nhsNumber: "" })).toEqual({});
  });

  it("takes 'I do not have a fixed address' instead of a postcode", () => {
    expect(errorsOf(where, { postcode: "", noFixedAddress: "yes" })).toEqual({});
    expect(where.parse({ noFixedAddress: "yes" })).toMatchObject({ noFixedAddress: ["yes"] });
  });

  it("still checks a postcode that is given", () => {
    expect(errorsOf(where, { postcode: "nowhere" }).postcode).toEqual(["Enter a real postcode, like EX1 1AA"]);
    expect(errorsOf(where, { postcode: "EX1 1AA" })).toEqual({});
  });
});

describe("interpreters", () => {
  const about = { givenName: "Sam", familyName: "Test", dateOfBirth: { day: "1", month: "1", year: "2000" } };

  it("asks the interpreter question on the about page of every referral journey", () => {
    for (const slug of ["young-person", "adult", "parent-carer", "professional"] as const) {
      expect(errorsOf(page(slug, "about"), about).interpreter).toEqual(["Select yes if an interpreter is needed"]);
    }
  });

  it("needs the language when the answer is Yes, and not when it is No", () => {
    expect(errorsOf(page("adult", "about"), { ...about, interpreter: "yes" }).language).toEqual([
      "Enter the language the interpreter should speak",
    ]);
    expect(errorsOf(page("adult", "about"), { ...about, interpreter: "yes", language: "Polish" })).toEqual({});
    expect(errorsOf(page("adult", "about"), { ...about, interpreter: "no" })).toEqual({});
  });

  it("takes a language of only spaces as no language", () => {
    const contact = page("parent-carer", "contact");
    const reachable = { email, mayEmail: "yes", emailOwn: "own" };
    expect(errorsOf(page("adult", "about"), { ...about, interpreter: "yes", language: "   " }).language).toEqual([
      "Enter the language the interpreter should speak",
    ]);
    expect(errorsOf(contact, { ...reachable, yourInterpreter: "yes", yourLanguage: " \t " }).yourLanguage).toEqual([
      "Enter the language the interpreter should speak",
    ]);
  });

  it("does not show or send a language typed before the answer changed to No", () => {
    const rows = (interpreter: string) =>
      summarise(journeys.adult, { about: { ...about, interpreter, language: "Polish" } } as Answers)
        .find((section) => section.title === "About you")!
        .rows.map((row) => row.value);
    expect(rows("yes")).toContain("Polish");
    expect(rows("no")).not.toContain("Polish");
  });

  it("asks a parent about their own interpreter need, with the language when Yes", () => {
    const contact = page("parent-carer", "contact");
    const reachable = { email, mayEmail: "yes", emailOwn: "own" };
    expect(errorsOf(contact, reachable).yourInterpreter).toEqual(["Select yes if you need an interpreter"]);
    expect(errorsOf(contact, { ...reachable, yourInterpreter: "yes" }).yourLanguage).toEqual([
      "Enter the language the interpreter should speak",
    ]);
    expect(errorsOf(contact, { ...reachable, yourInterpreter: "yes", yourLanguage: "Urdu" })).toEqual({});
  });
});

describe("young carers and preferred names", () => {
  it("lets a young person or adult say they look after someone, without having to answer", () => {
    for (const slug of ["young-person", "adult"] as const) {
      expect(errorsOf(page(slug, "needs"), {})).toEqual({});
      expect(page(slug, "needs").parse({ youngCarer: "yes" })).toMatchObject({ youngCarer: "yes" });
    }
  });

  it("keeps the name the person likes to be called", () => {
    const parsed = page("young-person", "about").parse({
      givenName: "Samantha",
      familyName: "Test",
      preferredName: "Sam",
      dateOfBirth: { day: "1", month: "1", year: "2011" },
      interpreter: "no",
    });
    expect(parsed).toMatchObject({ preferredName: "Sam" });
  });
});
