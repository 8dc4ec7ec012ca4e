import { z } from "zod";
// The definitions one by one, not lib/measures/index.ts: the browser needs the items, not the scoring or sources.
import { gad7 } from "@/lib/measures/gad7";
import { phq9 } from "@/lib/measures/phq9";
import { smfqChild, smfqParent } from "@/lib/measures/smfq";
import type { Measure } from "@/lib/measures/types";
import { wsas } from "@/lib/measures/wsas";
import type { Field, Option } from "@/lib/forms/fields";
import { choice } from "../validation";
import { ADULT_AGE } from "./consent-ages";
import { ageFrom } from "./answer-facts";
import { question } from "./answers";
import type { Answers, Audience } from "./types";

// The standard measures (issue 16): one page each, one fieldset per item, every item optional.
// A page before them says why they are asked and offers "I'd rather not answer these".
// Which measure shows depends on the journey and the age from the date of birth.

type ItemName = `item${number}`;
const blankIsUnanswered = (v: unknown) => (v === null || v === "" ? undefined : v);

function itemOptions(measure: Measure, item: number): Option[] {
  const options = measure.options.map((o) => ({ value: String(o.value), label: o.label }));
  const na = measure.notApplicable;
  return na?.item === item ? [...options, { value: "n/a", label: na.label }] : options;
}

function itemFields(measure: Measure): (Field & { name: ItemName })[] {
  return measure.items.map((text, i) => ({
    name: `item${i + 1}` as ItemName,
    kind: "radios",
    label: `${i + 1}. ${text}`,
    options: itemOptions(measure, i + 1),
  }));
}

function itemSchema(measure: Measure) {
  const shape: Record<ItemName, z.ZodType<string | undefined>> = {};
  measure.items.forEach((_, i) => {
    const values = itemOptions(measure, i + 1).map((o) => o.value) as [string, ...string[]];
    shape[`item${i + 1}`] = z.preprocess(blankIsUnanswered, choice(values, "Choose one of the answers").optional());
  });
  return z.strictObject(shape);
}

const wantsMeasures = (answers: Answers) => answers.measures?.answerMeasures === "yes";
const age = (answers: Answers) => ageFrom(answers);
// Stryker disable next-line UnaryOperator: equivalent; an unknown age read as -1 or +1 is under ADULT_AGE either way
const isAdult = (answers: Answers) => (age(answers) ?? -1) >= ADULT_AGE;
const isUnder18 = (answers: Answers) => {
  const years = age(answers);
  return years !== null && years < ADULT_AGE;
};
/** The parent version is for parents of children 8 to 17 (FB-IPT's 9 to 12 included). */
export const PARENT_VERSION_AGES = { from: 8, to: 17 } as const;
export const parentVersionAge = (answers: Answers) => {
  const years = age(answers);
  return years !== null && years >= PARENT_VERSION_AGES.from && years <= PARENT_VERSION_AGES.to;
};

/** Why we ask, that it is optional, and that a clinician decides: before any measure. */
export function measuresIntroStep(a: Audience, when?: (answers: Answers) => boolean) {
  const you = a.person === "you";
  return question({
    kind: "question",
    id: "measures",
    title: you ? "Questions about how you have been feeling" : `Questions about how ${a.person} has been feeling`,
    intro: [
      `Next there are some standard questionnaires about ${a.possessive} mood over the last 2 weeks${you ? " and how it affects your day-to-day life" : ""}. They help us understand how things are and, later, whether therapy is helping.`,
      "A clinician reads every referral and decides what happens next. The answers do not decide this on their own, and no computer decides it.",
      "You do not have to answer them. You can still send the form if you would rather not.",
    ],
    fields: [
      {
        name: "answerMeasures",
        kind: "radios",
        label: "Would you like to answer these questions?",
        options: [
          { value: "yes", label: "Yes, I'll answer them" },
          { value: "no", label: "I'd rather not answer these" },
        ],
      },
    ],
    schema: z.strictObject({
      answerMeasures: choice(["yes", "no"], "Select yes, or that you would rather not answer these"),
    }),
    when,
  });
}

function measureStep<const Id extends "phq9" | "gad7" | "wsas" | "smfq" | "smfq-parent">(
  id: Id,
  measure: Measure,
  when: (answers: Answers) => boolean,
) {
  return question({
    kind: "question",
    id,
    title: measure.name,
    intro: [measure.stem, "Answer as many as you can. You can leave out any you would rather not answer."],
    fields: itemFields(measure),
    schema: itemSchema(measure),
    when: (answers) => wantsMeasures(answers) && when(answers),
    // Any answer above "Not at all" to the risk item shows the crisis lines at once, before Continue.
    reveal: measure.riskItem
      ? {
          name: `item${measure.riskItem}`,
          values: measure.options.filter((o) => o.value > 0).map((o) => String(o.value)),
        }
      : undefined,
  });
}

export const phq9Step = measureStep("phq9", phq9, isAdult);
export const gad7Step = measureStep("gad7", gad7, isAdult);
export const wsasStep = measureStep("wsas", wsas, isAdult);
export const smfqStep = measureStep("smfq", smfqChild, isUnder18);
export const smfqParentStep = measureStep("smfq-parent", smfqParent, parentVersionAge);

/** A total a referrer already has: blank, or a whole number from 0 to the measure's maximum. */
function optionalTotal(measure: Measure) {
  const message = `Enter a ${measure.shortName} total from 0 to ${measure.maxTotal}, or leave it blank`;
  return z.preprocess(
    // A number is a total saved before (the draft is checked again when the form is sent).
    (v) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : v),
    z
      .union([z.literal(""), z.undefined(), z.null(), z.string().regex(/^\d{1,2}$/, message)], { error: message })
      .transform((v) => (v ? Number(v) : undefined))
      .refine((v) => v === undefined || v <= measure.maxTotal, message),
  );
}

const totalField = (name: string, measure: Measure, who: string): Field => ({
  name,
  kind: "text",
  label: `${measure.name} total (optional)`,
  hint: `${who}. From 0 to ${measure.maxTotal}.`,
  width: 5,
  inputMode: "numeric",
  spellCheck: false,
});

/** Professionals may give totals they already have, or leave them all blank. */
export const scoresStep = question({
  kind: "question",
  id: "scores",
  title: "Scores from standard measures, if you have them",
  intro: [
    "If you have recent scores, they help our clinicians understand how things are. Leave these blank if you do not have them: you can still send the referral.",
    "A clinician reads every referral and decides what happens next. Scores do not decide this on their own, and no computer decides it.",
  ],
  fields: [
    totalField("phq9Total", phq9, "For adults"),
    totalField("gad7Total", gad7, "For adults"),
    totalField("wsasTotal", wsas, "For adults"),
    totalField("smfqTotal", smfqChild, "The young person's own answers, for under-18s"),
  ] as (Field & { name: "phq9Total" | "gad7Total" | "wsasTotal" | "smfqTotal" })[],
  schema: z.strictObject({
    phq9Total: optionalTotal(phq9),
    gad7Total: optionalTotal(gad7),
    wsasTotal: optionalTotal(wsas),
    smfqTotal: optionalTotal(smfqChild),
  }),
});
