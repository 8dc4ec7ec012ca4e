import { describe, expect, it } from "vitest";
import { applicableSteps } from "@/lib/referrals/flow";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";
import { needsSafeContact } from "@/lib/referrals/journeys/steps-safe-contact";
import type { Answers, JourneySlug } from "@/lib/referrals/journeys/types";

// H17: someone who rules out a way of reaching them, or a young person whose parents do not know,
// is asked (optionally) for a second, safe way to reach them and what not to say.

const openPhone = { phone: "07700 900982", mayCall: "yes", mayVoicemail: "yes", mayText: "yes", phoneOwn: "own" };
const openEmail = { email: "sam@example.net", mayEmail: "yes", emailOwn: "own" };
const withContact = (contact: Record<string, string>) => ({ contact }) as unknown as Answers;
const asks = (slug: JourneySlug, answers: Answers) =>
  applicableSteps(journeys[slug], answers).some((s) => s.id === "safe-contact");

describe("a second, safe way to reach the person", () => {
  it.each([
    ["mayCall", "no"],
    ["mayVoicemail", "no"],
    ["mayText", "no"],
    ["phoneOwn", "shared"],
  ])("is asked after %s: %s about the phone", (name, value) => {
    const answers = withContact({ ...openPhone, ...openEmail, [name]: value });
    expect(needsSafeContact(answers)).toBe(true);
    for (const slug of ["adult", "young-person", "parent-carer", "professional"] as const)
      expect(asks(slug, answers)).toBe(true);
  });

  it.each([
    ["mayEmail", "no"],
    ["emailOwn", "shared"],
  ])("is asked after %s: %s about the inbox", (name, value) => {
    expect(asks("adult", withContact({ ...openEmail, [name]: value }))).toBe(true);
  });

  it("is not asked when every way of reaching them is allowed, or before the contact page", () => {
    expect(asks("adult", withContact({ ...openPhone, ...openEmail }))).toBe(false);
    expect(asks("adult", {})).toBe(false);
  });

  it("is asked of a young person whose parents do not know, or who does not want them contacted", () => {
    const consent = (parentKnows: string, mayContactParent: string) =>
      ({ contact: openPhone, consent: { parentKnows, mayContactParent } }) as unknown as Answers;
    expect(asks("young-person", consent("no", "talk-first"))).toBe(true);
    expect(asks("young-person", consent("yes", "no"))).toBe(true);
    expect(asks("young-person", consent("yes", "talk-first"))).toBe(false);
    expect(asks("young-person", consent("yes", "yes"))).toBe(false);
  });

  it("comes straight after the contact page in every referral journey", () => {
    for (const slug of ["adult", "young-person", "parent-carer", "professional"] as const) {
      const ids = journeys[slug].steps.map((s) => s.id);
      expect(ids[ids.indexOf("contact") + 1]).toBe("safe-contact");
    }
  });

  it("is optional: both answers may be left blank, and long answers are refused with a message", () => {
    const page = getQuestionStep(journeys.adult, "safe-contact")!.schema;
    expect(page.safeParse({ safeRoute: "", doNotSay: "" }).success).toBe(true);
    expect(page.parse({ safeRoute: "My aunt Jo, 07700 900111, after 6pm", doNotSay: "Do not say IPT" })).toEqual({
      safeRoute: "My aunt Jo, 07700 900111, after 6pm",
      doNotSay: "Do not say IPT",
    });
    expect(page.safeParse({ safeRoute: "x".repeat(501) }).success).toBe(false);
  });

  it("asks a professional about the person's safe route, and everyone else about their own", () => {
    const label = (slug: JourneySlug) => getQuestionStep(journeys[slug], "safe-contact")!.fields[0]!.label;
    expect(label("professional")).toBe("Another safe way to reach them (optional)");
    expect(label("parent-carer")).toBe("Another safe way to reach you (optional)");
    expect(label("young-person")).toBe("Another safe way to reach you (optional)");
  });
});
