import { describe, expect, it } from "vitest";
import { formValues } from "@/lib/forms/read-form";
import { firstStepPath } from "@/lib/referrals/flow";
import { chooseJourneySchema, whoField } from "@/lib/referrals/journeys/choose-journey";
import { journeys } from "@/lib/referrals/journeys/registry";

/** Where the start page's Continue leads for a posted answer, as chooseJourney routes it; null when refused. */
function journeyChosenBy(value: string) {
  const form = new FormData();
  form.append(whoField.name, value);
  const parsed = chooseJourneySchema.safeParse(formValues(form));
  if (!parsed.success) return null;
  const path = firstStepPath(journeys[parsed.data.who]);
  return Object.values(journeys).find((journey) => firstStepPath(journey) === path)!;
}

// The reader each choice describes, by the words it says, and the form written for that reader.
const READERS = [
  { says: "young person (under 18)", kind: "YOUNG_PERSON_SELF" },
  { says: "adult (18 or over)", kind: "ADULT_SELF" },
  { says: "My child", kind: "PARENT_CARER" },
  { says: "I am a GP or other professional", kind: "PROFESSIONAL" },
];

// The clinical review: "about 12 to 18" beside "18 or over" claimed an 18-year-old twice, and no source gives 12.
describe("the start page's choices", () => {
  it("give the young person's form to under-18s and the adult form from 18, never both", () => {
    const label = (value: string) => whoField.options.find((o) => o.value === value)!.label;
    expect(label("young-person")).toBe("Me, and I am a young person (under 18)");
    expect(label("adult")).toBe("Me, and I am an adult (18 or over)");
  });

  it("asks its one question in words, each choice in words of its own", () => {
    expect(whoField.label.trim()).not.toBe("");
    expect(whoField.options.every((o) => o.label.trim() !== "")).toBe(true);
    expect(new Set(whoField.options.map((o) => o.label)).size).toBe(whoField.options.length);
  });

  it.each(whoField.options.map((option) => ({ ...option })))(
    '"$label" leads to the form for the reader it describes',
    ({ value, label }) => {
      const reader = READERS.filter(({ says }) => label.includes(says));
      expect(reader).toHaveLength(1);
      expect(journeyChosenBy(value)?.kind).toBe(reader[0]!.kind);
    },
  );

  it("leads to every referral form, and to nothing it does not offer", () => {
    const reached = whoField.options.map(({ value }) => journeyChosenBy(value)?.slug);
    const referralForms = Object.values(journeys).filter((j) => j.isReferral);
    expect(new Set(reached)).toEqual(new Set(referralForms.map((j) => j.slug)));
    expect(journeyChosenBy("question")).toBeNull();
    expect(journeyChosenBy("")).toBeNull();
  });

  // GOV.UK error messages for radios: say what to do, in the service's words, not the library's.
  it("asks for a choice when none was made", () => {
    const refused = chooseJourneySchema.safeParse(formValues(new FormData()));
    expect(refused.error?.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Select who this referral is for$/),
    ]);
  });
});
