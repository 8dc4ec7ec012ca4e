import { describe, expect, it } from "vitest";
import type { Field } from "@/lib/forms/fields";
import { journeys } from "@/lib/referrals/journeys/registry";

// What a real form needs from every field of every journey page: words a person can read, answers
// the server accepts, and the browser hints (autofill, spell-checking) the GOV.UK patterns ask for.
// An option the page offers but its schema refuses is a dead end for a person at risk.
const fields = Object.values(journeys).flatMap((journey) =>
  journey.steps.flatMap((step) =>
    step.kind === "question"
      ? step.fields.map((field) => ({ where: `${journey.slug}/${step.id}/${field.name}`, step, field }))
      : [],
  ),
);
const choiceFields = fields.flatMap(({ where, step, field }) =>
  field.kind === "radios" || field.kind === "checkboxes" || field.kind === "select"
    ? [{ where, step, field, options: field.options }]
    : [],
);

/** The messages the page's schema gives for this field when it alone is answered with `value`. */
function messagesFor(step: (typeof fields)[number]["step"], field: Field, value: string): string[] {
  const answer = field.kind === "checkboxes" ? [value] : value;
  const result = step.schema.safeParse({ [field.name]: answer });
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === field.name).map((i) => i.message);
}

// HTML's autofill field names (WHATWG HTML, "Autofill"): the ones a contact part may qualify, and the rest.
const CONTACT_NAMES = ["tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-extension"].concat(
  ["email", "impp"],
);
const OTHER_NAMES = ["name", "honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix"]
  .concat(["nickname", "username", "new-password", "current-password", "one-time-code", "organization-title"])
  .concat(["organization", "street-address", "address-line1", "address-line2", "address-line3", "address-level4"])
  .concat(["address-level3", "address-level2", "address-level1", "country", "country-name", "postal-code"])
  .concat(["bday", "bday-day", "bday-month", "bday-year", "sex", "url", "photo", "language"]);
/** True for "off", "on", or an autofill detail: [section-*] [shipping|billing] [home|work|mobile|fax|pager contact] field. */
function isAutofillToken(value: string): boolean {
  if (value === "off" || value === "on") return true;
  const tokens = value.split(" ");
  if (tokens[0]?.startsWith("section-") && tokens[0].length > "section-".length) tokens.shift();
  if (tokens[0] === "shipping" || tokens[0] === "billing") tokens.shift();
  if (tokens.length === 2 && ["home", "work", "mobile", "fax", "pager"].includes(tokens[0]!))
    return CONTACT_NAMES.includes(tokens[1]!);
  return tokens.length === 1 && (CONTACT_NAMES.includes(tokens[0]!) || OTHER_NAMES.includes(tokens[0]!));
}

const pages = Object.values(journeys).flatMap((journey) =>
  journey.steps.map((step) => ({ where: `${journey.slug}/${step.id}`, step })),
);
const questionPages = pages.flatMap(({ where, step }) => (step.kind === "question" ? [{ where, step }] : []));
// HTML's inputmode keywords: anything else and the phone shows its default keyboard.
const INPUT_MODES = ["none", "text", "tel", "url", "email", "numeric", "decimal", "search"];

describe("every page of every journey", () => {
  it.each(pages)("$where has a title to read, and any paragraph under it has words", ({ step }) => {
    expect(step.title.trim()).not.toBe("");
    if (step.kind === "question" && step.intro) {
      expect(step.intro.length).toBeGreaterThan(0);
      for (const paragraph of step.intro) expect(paragraph.trim()).not.toBe("");
    }
  });

  it.each(questionPages)("$where explains in words every answer its server refuses", ({ step }) => {
    // As readForm reads a post: a date always arrives as its three parts.
    const dates = (part: string) =>
      Object.fromEntries(
        step.fields.filter((f) => f.kind === "date").map((f) => [f.name, { day: part, month: part, year: part }]),
      );
    const nothing = dates("");
    const blank = {
      ...Object.fromEntries(step.fields.map((f) => [f.name, f.kind === "checkboxes" ? ["?"] : "?"])),
      ...dates("?"),
    };
    // Each answer in turn, the other questions answered too: some answers ask for more ("contact the
    // young person first" needs their phone or email), and a page's own checks run once its answers parse.
    const radios = step.fields.flatMap((f) => (f.kind === "radios" ? [f] : []));
    const answered = { ...nothing, ...Object.fromEntries(radios.map((f) => [f.name, f.options[0]!.value])) };
    const eachAnswer = radios.flatMap((f) => f.options.map((o) => ({ ...answered, [f.name]: o.value })));
    for (const value of [nothing, blank, ...eachAnswer]) {
      const result = step.schema.safeParse(value);
      // zod's own wording ("Invalid input") stands in for a message left empty: never the service's words.
      for (const issue of result.success ? [] : result.error.issues) {
        expect(issue.message.trim()).not.toBe("");
        expect(issue.message).not.toMatch(/^Invalid\b/);
      }
    }
  });

  // A word left out of a sentence built from parts shows as a doubled or hanging space ("Where  and your GP").
  it.each(pages)("$where reads as whole sentences: no doubled or hanging spaces", ({ step }) => {
    const texts =
      step.kind === "question"
        ? [
            step.title,
            ...(step.intro ?? []),
            ...step.fields.flatMap((f) => [
              f.label,
              f.hint ?? "",
              ...("options" in f ? f.options.map((o) => o.label) : []),
            ]),
          ]
        : [step.title];
    for (const text of texts) expect([text, /\s\s|^\s|\s$/.test(text)]).toEqual([text, false]);
  });

  // components/journey/question-form.tsx: one radios or checkboxes question marked inline is the page's
  // heading; otherwise the title is a heading of its own and the same words would be read twice.
  it.each(questionPages.filter(({ step }) => step.fields.length === 1 && step.fields[0]!.label === step.title))(
    "$where asks its one question once, as the page's heading",
    ({ step }) => {
      expect(step.fields[0]).toMatchObject({ inline: true });
    },
  );

  // With more than one question, none is the heading (GOV.UK: a legend is the heading only when it is the
  // page's one question), so a label the same as the title would be read twice.
  it.each(questionPages.filter(({ step }) => step.fields.length > 1))(
    "$where, with more than one question, has a heading of its own and no question marked as the heading",
    ({ step }) => {
      for (const field of step.fields) {
        expect(field.label).not.toBe(step.title);
        expect(field).not.toMatchObject({ inline: true });
      }
    },
  );

  it.each(questionPages)("$where reveals a question only under an answer the same page offers", ({ step }) => {
    for (const field of step.fields.filter((f) => f.showWhen)) {
      const { name, values } = field.showWhen!;
      const control = step.fields.find((f) => f.name === name);
      const offered = control && "options" in control ? control.options.map((o) => o.value) : [];
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(offered).toContain(value);
    }
  });
});

describe("every field of every journey page", () => {
  it("has fields and choices to check", () => {
    expect(fields.length).toBeGreaterThan(60);
    expect(choiceFields.length).toBeGreaterThan(20);
    expect(fields.filter(({ field }) => field.showWhen).length).toBeGreaterThan(3);
  });

  it.each(fields)("$where has a name and a label to read, and any hint has words", ({ field }) => {
    expect(field.name.trim()).not.toBe("");
    expect(field.label.trim()).not.toBe("");
    if ("hint" in field && field.hint !== undefined) expect(field.hint.trim()).not.toBe("");
  });

  it.each(choiceFields)("$where offers options with distinct values and distinct words", ({ field, options }) => {
    // One checkbox is a question of its own ("I have no fixed address"); radios need a choice.
    expect(options.length).toBeGreaterThanOrEqual(field.kind === "checkboxes" ? 1 : 2);
    for (const option of options) {
      expect(option.value.trim()).not.toBe("");
      expect(option.label.trim()).not.toBe("");
      if (option.hint !== undefined) expect(option.hint.trim()).not.toBe("");
    }
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
  });

  it.each(choiceFields)("$where: the server accepts every option offered, and refuses one not offered", (c) => {
    for (const option of c.options)
      expect([option.value, messagesFor(c.step, c.field, option.value)]).toEqual([option.value, []]);
    expect(messagesFor(c.step, c.field, "not-an-option")).not.toEqual([]);
  });

  // A plain post leaves an unanswered radio group out; react-hook-form sends null; a stale form may send "".
  it.each(choiceFields.filter(({ field }) => field.kind === "radios"))(
    "$where: an unanswered question reads the same however the browser sends it",
    ({ step, field }) => {
      const left = (value: unknown) => {
        const result = step.schema.safeParse(value === undefined ? {} : { [field.name]: value });
        const issues = result.success ? [] : result.error.issues.filter((i) => i.path[0] === field.name);
        return [...new Set(issues.map((i) => i.message))];
      };
      expect(left(null)).toEqual(left(undefined));
      expect(left("")).toEqual(left(undefined));
    },
  );

  it.each(fields.filter(({ field }) => "autoComplete" in field && field.autoComplete !== undefined))(
    "$where asks for autofill with a token browsers know (WCAG 1.3.5)",
    ({ field }) => {
      expect(isAutofillToken((field as { autoComplete: string }).autoComplete)).toBe(true);
    },
  );

  it.each(fields.filter(({ field }) => "inputMode" in field && field.inputMode !== undefined))(
    "$where asks for a keyboard browsers know",
    ({ field }) => {
      expect(INPUT_MODES).toContain((field as { inputMode: string }).inputMode);
    },
  );

  it.each(
    fields.filter(({ field }) => field.kind === "email" || (field.kind === "text" && field.inputMode === "numeric")),
  )("$where is not spell-checked: an address or a number is not a word (GOV.UK pattern)", ({ field }) => {
    expect(field).toMatchObject({ spellCheck: false });
  });

  it.each(fields.filter(({ field }) => field.kind === "text" && /Name$/.test(field.name)))(
    "$where is not spell-checked: a name is not a misspelt word (GOV.UK names pattern)",
    ({ field }) => {
      expect(field).toMatchObject({ spellCheck: false });
    },
  );
});
