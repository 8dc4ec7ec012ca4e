import { describe, expect, it } from "vitest";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";

// We must be able to reach someone: a contact page needs a phone number or an email address, and
// spaces alone, or a field missing from what was posted, are neither.

const PERMISSIONS = { mayCall: "yes", mayVoicemail: "yes", mayText: "yes", phoneOwn: "own" };
const messagesAt = (
  schema: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
  field: string,
) =>
  schema
    .safeParse(value)
    .error?.issues.filter((i) => i.path.join(".") === field)
    .map((i) => i.message) ?? [];

describe("a contact page without a phone number or an email address", () => {
  const contact = getQuestionStep(journeys.adult, "contact")!.schema;
  const professionalContact = getQuestionStep(journeys.professional, "contact")!.schema;

  it.each([
    ["both blank", { phone: "", email: "" }],
    ["spaces only", { phone: "   ", email: "  " }],
    ["neither posted", {}],
  ])("asks for one when %s", (_, value) => {
    expect(messagesAt(contact, value, "phone")).toEqual(["Enter your phone number or email address"]);
    expect(messagesAt(professionalContact, value, "phone")).toEqual(["Enter their phone number or email address"]);
  });

  it("is content with a phone number alone", () => {
    expect(messagesAt(contact, { phone: "07700 900982", ...PERMISSIONS }, "phone")).toEqual([]);
  });
});

describe("a parent who wants us to contact their child first", () => {
  const agreement = getQuestionStep(journeys["parent-carer"], "agreement")!.schema;
  const first = { youngPersonAgrees: "yes", contactFirst: "young-person" };
  const MESSAGE = "Enter your child's phone number or email address, so we can contact them";

  it.each([
    ["both blank", { childPhone: "", childEmail: "" }],
    ["spaces only", { childPhone: "  ", childEmail: "   " }],
    ["neither posted", {}],
  ])("is asked for the child's phone or email when %s", (_, value) => {
    expect(messagesAt(agreement, { ...first, ...value }, "childPhone")).toEqual([MESSAGE]);
  });

  it("is content with the child's email address alone, and asks nothing when we contact the parent first", () => {
    expect(agreement.safeParse({ ...first, childPhone: "", childEmail: "sam@example.net" }).success).toBe(true);
    expect(agreement.safeParse({ youngPersonAgrees: "yes", contactFirst: "parent" }).success).toBe(true);
  });
});

describe("the contact page's words, for whoever it is about", () => {
  const hints = (slug: "adult" | "professional") =>
    getQuestionStep(journeys[slug], "contact")!.fields.map((field) => ("hint" in field ? field.hint : undefined));

  it("tells someone writing about themselves they may give either or both", () => {
    expect(getQuestionStep(journeys.adult, "contact")!.intro).toEqual([
      "Give a phone number, an email address, or both.",
    ]);
    expect(hints("adult")).toContain("Answer if you gave a phone number");
    expect(hints("adult")).toContain("Answer if you gave an email address");
  });

  it("speaks of 'their' phone and email on a professional's page about the person", () => {
    expect(hints("professional")).toContain("Answer if you gave their phone number");
    expect(hints("professional")).toContain("Answer if you gave their email address");
  });
});

describe("a phone number and an email address given with no permissions answered", () => {
  it("asks each permission question in its own words", () => {
    const contact = getQuestionStep(journeys.adult, "contact")!.schema;
    const value = { phone: "07700 900982", email: "alex@example.net" };
    expect(messagesAt(contact, value, "mayCall")).toEqual(["Select yes if we can call this number"]);
    expect(messagesAt(contact, value, "mayVoicemail")).toEqual(["Select yes if we can leave a voicemail"]);
    expect(messagesAt(contact, value, "mayText")).toEqual(["Select yes if we can send a text message"]);
    expect(messagesAt(contact, value, "phoneOwn")).toEqual(["Select whether other people use this phone"]);
    expect(messagesAt(contact, value, "mayEmail")).toEqual(["Select yes if we can email this address"]);
    expect(messagesAt(contact, value, "emailOwn")).toEqual(["Select whether other people read this inbox"]);
  });
});

describe("the parent or carer's details given by a professional", () => {
  const details = getQuestionStep(journeys.professional, "parent-details")!.schema;
  const MESSAGE = "Enter the parent or carer's phone number or email address";
  const given = { parentName: "Sam Testparent", parentRelationship: "Mother", parentHasPR: "yes" };

  it.each([
    ["both blank", { ...given, parentPhone: "", parentEmail: "" }],
    ["spaces only", { ...given, parentPhone: "   ", parentEmail: "  " }],
    ["neither posted", given],
    ["neither posted and nothing else either", {}],
  ])("asks for one at the phone field when %s", (_, value) => {
    expect(messagesAt(details, value, "parentPhone")).toEqual([MESSAGE]);
  });

  it("is content with a phone number alone, or an email address alone", () => {
    expect(messagesAt(details, { ...given, parentPhone: "07700 900982", ...PERMISSIONS }, "parentPhone")).toEqual([]);
    const email = { ...given, parentEmail: "sam@example.net", mayEmail: "yes", emailOwn: "own" };
    expect(details.safeParse(email).success).toBe(true);
  });
});
