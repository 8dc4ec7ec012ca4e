import { describe, expect, it } from "vitest";
import type { Field } from "@/lib/forms/fields";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";
import type { JourneySlug } from "@/lib/referrals/journeys/types";

// The contact page asks whether the phone and inbox are private (H05, H17). In the self-referral
// and parent forms they are the reader's own ("your phone", "only I use it"); in a professional's
// referral they are the patient's ("their phone", "only they use it"). The wrong person in the
// question makes the answer mean something else.
const field = (slug: JourneySlug, name: string): Field =>
  getQuestionStep(journeys[slug], "contact")!.fields.find((f) => f.name === name)!;
const ownLabel = (slug: JourneySlug, name: "phoneOwn" | "emailOwn") => {
  const question = field(slug, name);
  return question.kind === "radios" ? question.options.find((o) => o.value === "own")!.label : "";
};
const WHOSE = [
  { slug: "young-person", yours: true },
  { slug: "adult", yours: true },
  { slug: "parent-carer", yours: true },
  { slug: "professional", yours: false },
] as const;

describe("the contact page's questions about a private phone and inbox", () => {
  it.each(WHOSE)("in the $slug form, ask about the right person's phone and inbox", ({ slug, yours }) => {
    const [you, owner] = yours ? [/\byour\b/, /\bI\b/] : [/\btheir\b/, /\bthey\b/];
    const [notYou, notOwner] = yours ? [/\btheir\b/, /\bthey\b/] : [/\byour\b/, /\bI\b/];
    for (const name of ["phoneOwn", "emailOwn"] as const) {
      expect(field(slug, name).label).toMatch(you);
      expect(field(slug, name).label).not.toMatch(notYou);
      expect(ownLabel(slug, name)).toMatch(owner);
      expect(ownLabel(slug, name)).not.toMatch(notOwner);
    }
  });

  it.each(WHOSE)("in the $slug form, speak of using a phone and of reading an inbox", ({ slug }) => {
    expect(ownLabel(slug, "phoneOwn")).toMatch(/\buse it\b/);
    expect(ownLabel(slug, "emailOwn")).toMatch(/\bread it\b/);
  });

  // A referrer reading "Can we call this number?" must know it is the person's phone, not their own.
  it.each(WHOSE)("in the $slug form, say whose phone or inbox each question is about", ({ slug, yours }) => {
    const questions = ["mayCall", "mayVoicemail", "mayText", "phoneOwn", "mayEmail", "emailOwn"].map((name) =>
      field(slug, name),
    );
    for (const question of questions) {
      const words = `${question.label} ${question.hint ?? ""}`;
      if (yours) expect([question.name, words]).not.toEqual([question.name, expect.stringMatching(/\btheir\b/)]);
      else expect([question.name, words]).toEqual([question.name, expect.stringMatching(/\btheir\b/)]);
    }
  });
});
