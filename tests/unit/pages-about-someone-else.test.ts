import { describe, expect, it } from "vitest";
import { journeys } from "@/lib/referrals/journeys/registry";
import type { JourneySlug, QuestionStep } from "@/lib/referrals/journeys/types";

// A parent or a professional answers the same pages as someone referring themselves, about another
// person. Worded as if the reader were that person, a question gets the wrong answer ("Do you need an
// interpreter?" answered for the parent); and the browser's autofill would put the reader's own name,
// phone or postcode into the other person's details.
const pagesOf = (slug: JourneySlug) =>
  new Map(journeys[slug].steps.flatMap((s): [string, QuestionStep][] => (s.kind === "question" ? [[s.id, s]] : [])));
const self = pagesOf("adult");

/** Each piece of text a person reads on a page, keyed by where it sits, so two journeys' pages line up. */
function wordsOf(step: QuestionStep): Map<string, string> {
  const words = new Map([["title", step.title]]);
  step.intro?.forEach((paragraph, i) => words.set(`intro ${i}`, paragraph));
  for (const field of step.fields) {
    words.set(`${field.name} label`, field.label);
    if (field.hint) words.set(`${field.name} hint`, field.hint);
    for (const option of "options" in field ? field.options : [])
      words.set(`${field.name}=${option.value}`, option.label);
  }
  // What the server says when nothing is answered: "Enter your child's first name".
  const refused = step.schema.safeParse({});
  for (const issue of refused.success ? [] : refused.error.issues)
    words.set(`${issue.path.join(".")} error`, issue.message);
  return words;
}
// Text that speaks to the reader as the one the page is about. A hint or a paragraph may address the
// reader as the one filling in the form ("Whatever you answer…"), so there only their own things
// count; and "I'm not sure" is the reader's own answer whoever the page is about.
const aboutTheReader = (where: string, text: string) =>
  / hint$|^intro /.test(where) ? /\byour\b/i.test(text) : /\b(you|your|yourself)\b|\bI\b(?!')/i.test(text);
// What these pages say the person does, and the first-person answers about it.
const THE_PERSON_DOES =
  /\b(you|I) (live|need|might|look|have been|do not have a)\b|\byour (GP|life|first|last|date|day-to-day)\b/i;
// The same said of someone else: in a page about the reader, it is the wrong person ("their own" is
// the questionnaires' own, in the measures page).
const SOMEONE_ELSE =
  /\btheir\b(?! own\b)|\b(themselves|your child)\b|\bthey (have|like|trust|use|read)\b|\b(reach|contacting|making) them\b|the person/i;
// A sentence built for someone else, given "you" as the person: "You does not…", "Does you need…".
const THIRD_PERSON_VERB = /\byou (does|lives|has|is|needs|likes)\b|\b(does|is) you\b/i;
// Questions to the reader as the one filling in the form, whoever it is about.
const READER_CHOICES = new Set(["answerMeasures"]);

const ABOUT_THE_PERSON = ["risk", "risk-soon", "safety", "about", "where", "concerns", "needs", "measures"];
const OTHERS = [
  { slug: "parent-carer" as const, pages: ABOUT_THE_PERSON },
  // The professional gives the person's own contact details too (the parent gives their own).
  { slug: "professional" as const, pages: [...ABOUT_THE_PERSON, "contact", "safe-contact"] },
];
const cases = OTHERS.flatMap(({ slug, pages }) =>
  pages.flatMap((id) => {
    const theirs = pagesOf(slug).get(id);
    return theirs && self.has(id) ? [{ where: `${slug}/${id}`, theirs, yours: self.get(id)! }] : [];
  }),
);

describe("a page about someone other than the reader", () => {
  it("has pages to compare", () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases)("$where does not ask the reader about themselves", ({ theirs, yours }) => {
    const theirWords = wordsOf(theirs);
    for (const [where, text] of wordsOf(yours)) {
      if (theirWords.has(where) && aboutTheReader(where, text) && !READER_CHOICES.has(where.split(/[ =]/)[0]!))
        expect([where, theirWords.get(where)]).not.toEqual([where, text]);
    }
    for (const [where, text] of theirWords)
      expect([where, text]).not.toEqual([where, expect.stringMatching(THE_PERSON_DOES)]);
  });

  it.each(cases)("$where lets the browser fill in none of the reader's own details", ({ theirs }) => {
    const personal = theirs.fields.filter((f) => "autoComplete" in f && f.autoComplete && f.autoComplete !== "off");
    expect(personal.map((f) => f.name)).toEqual([]);
  });
});

describe("a page about the reader", () => {
  const selfPages = (["young-person", "adult"] as const).flatMap((slug) =>
    [...ABOUT_THE_PERSON, "contact", "safe-contact"].flatMap((id) => {
      const step = pagesOf(slug).get(id);
      return step ? [{ where: `${slug}/${id}`, step }] : [];
    }),
  );

  it("has pages to check", () => {
    expect(selfPages.length).toBeGreaterThanOrEqual(18);
  });

  it.each(selfPages)("$where speaks to the reader, not of someone else", ({ step }) => {
    for (const [where, text] of wordsOf(step)) {
      expect([where, text]).not.toEqual([where, expect.stringMatching(SOMEONE_ELSE)]);
      expect([where, text]).not.toEqual([where, expect.stringMatching(THIRD_PERSON_VERB)]);
    }
  });

  it.each(selfPages.filter(({ step }) => ["about", "where", "contact"].includes(step.id)))(
    "$where lets the browser fill in each of the reader's details it asks for",
    ({ step }) => {
      const autofilled = step.fields.filter((f) => "autoComplete" in f && f.autoComplete);
      expect(autofilled.length).toBeGreaterThan(0);
      expect(autofilled.filter((f) => "autoComplete" in f && f.autoComplete === "off").map((f) => f.name)).toEqual([]);
    },
  );
});
