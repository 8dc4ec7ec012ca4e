import { z } from "zod";
import { dateOfBirth } from "../date-of-birth";
import { yesNo as yesNoOptions, yesNoNotSure as yesNoNotSureOptions } from "@/lib/forms/fields";
import { LIMITS } from "../limits";
import {
  checkboxes,
  choice,
  nhsNumber,
  optionalText,
  optionalPostcode,
  requiredText,
  evenWithOtherErrors,
} from "../validation";
import { interpreterFields, interpreterShape, requireLanguage } from "./interpreter";
import { gpOutcomeFields, gpOutcomeShape, requireGpPracticeEmail } from "./gp-outcome-consent";
import type { Audience } from "./types";
import { question } from "./answers";

// Pages about the person who needs help, worded for whoever is filling in the form.

const WHY_WE_ASK =
  "We ask everyone this so we know how quickly to reply. Whatever you answer, you can carry on with the form.";
const yesOrUnsure = (value: unknown) => value === "yes" || value === "not-sure";

/** Thoughts of ending their life or hurting themselves: asked of everyone, first. */
export function riskStep(a: Audience) {
  const asked =
    a.person === "you"
      ? "Are you having thoughts of ending your life or hurting yourself?"
      : `${cap(a.isPerson)} having thoughts of ending their life or hurting themselves?`;
  return question({
    kind: "question",
    id: "risk",
    title: asked,
    fields: [
      {
        name: "selfHarmThoughts",
        kind: "radios",
        label: asked,
        hint: WHY_WE_ASK,
        inline: true,
        options: yesNoNotSureOptions,
      },
    ],
    schema: z.strictObject({ selfHarmThoughts: choice(["yes", "no", "not-sure"], "Select yes, no or I'm not sure") }),
  });
}

/** Only after yes or not sure: how soon. "Yes" or "not sure" here makes the referral urgent. */
export function riskSoonStep(a: Audience) {
  // "Do you think you might act…" for someone referring themselves: the same words from a.person.
  const asked = `Do you think ${a.person} might act on these thoughts in the next day or two?`;
  return question({
    kind: "question",
    id: "risk-soon",
    title: asked,
    fields: [
      {
        name: "mayActSoon",
        kind: "radios",
        label: asked,
        hint: "This tells us how quickly to contact you. If the answer is yes, please also use the help on the next page now.",
        inline: true,
        options: yesNoNotSureOptions,
      },
    ],
    schema: z.strictObject({ mayActSoon: choice(["yes", "no", "not-sure"], "Select yes, no or I'm not sure") }),
    when: (answers) => yesOrUnsure(answers.risk?.selfHarmThoughts),
  });
}

/** Asked separately, and optional: someone hurting them or making them feel unsafe. */
export function safetyStep(a: Audience) {
  const asked =
    a.person === "you"
      ? "Is anyone hurting you or making you feel unsafe?"
      : `Is anyone hurting ${a.person} or making them feel unsafe?`;
  return question({
    kind: "question",
    id: "safety",
    title: asked,
    fields: [
      {
        name: "beingHurt",
        kind: "radios",
        label: asked,
        hint: "You do not have to answer this. If you do, it helps us keep everyone safe. This includes at home, at school or work, or online.",
        inline: true,
        options: [...yesNoNotSureOptions, { value: "prefer-not", label: "I'd rather not say" }],
      },
    ],
    // Optional: an unanswered radio group arrives as nothing (a plain post) or null (react-hook-form).
    schema: z.strictObject({
      beingHurt: z.preprocess(
        (v) => (v === null || v === "" ? undefined : v),
        choice(["yes", "no", "not-sure", "prefer-not"], "Select an answer").optional(),
      ),
    }),
  });
}

export function aboutStep(a: Audience) {
  const subject = a.possessive;
  return question({
    kind: "question",
    id: "about",
    title: `About ${a.person}`,
    fields: [
      {
        name: "givenName",
        kind: "text",
        label: "First name",
        autoComplete: a.person === "you" ? "given-name" : "off",
        spellCheck: false,
      },
      {
        name: "familyName",
        kind: "text",
        label: "Last name",
        autoComplete: a.person === "you" ? "family-name" : "off",
        spellCheck: false,
      },
      {
        name: "preferredName",
        kind: "text",
        label:
          a.person === "you"
            ? "What would you like us to call you? (optional)"
            : "What do they like to be called? (optional)",
        hint: a.person === "you" ? "If it is not your first name" : "If it is not their first name",
        spellCheck: false,
      },
      { name: "dateOfBirth", kind: "date", label: "Date of birth", hint: "For example, 27 3 2011" },
      ...interpreterFields(
        a.person === "you" ? "Do you need an interpreter?" : `Does ${a.person} need an interpreter?`,
      ),
    ],
    schema: z
      .strictObject({
        givenName: requiredText(LIMITS.name, `Enter ${subject} first name`),
        familyName: requiredText(LIMITS.name, `Enter ${subject} last name`),
        preferredName: optionalText(LIMITS.name),
        dateOfBirth: dateOfBirth(`${subject} date of birth`),
        ...interpreterShape,
      })
      .superRefine((v, ctx) => requireLanguage(v, ctx), evenWithOtherErrors),
  });
}

/** `askGpOutcome`: the professional journey also asks whether the GP practice may hear the outcome. */
export function whereStep(a: Audience, opts: { askGpOutcome?: boolean } = {}) {
  const subject = a.possessive;
  return question({
    kind: "question",
    id: "where",
    title: `Where ${a.person === "you" ? "you live" : `${a.person} lives`} and ${subject} GP`,
    fields: [
      {
        name: "postcode",
        kind: "text",
        label: "Postcode (optional)",
        hint: "You can still refer without one",
        autoComplete: a.person === "you" ? "postal-code" : "off",
        width: 10,
      },
      {
        name: "noFixedAddress",
        kind: "checkboxes",
        label:
          a.person === "you" ? "If you do not have a fixed address" : `If ${a.person} does not have a fixed address`,
        options: [
          {
            value: "yes",
            label:
              a.person === "you" ? "I do not have a fixed address" : `${cap(a.person)} does not have a fixed address`,
          },
        ],
      },
      {
        name: "gpPractice",
        kind: "text",
        label: "GP practice (optional)",
        hint: "The name of the surgery, for example Example Street Surgery",
      },
      {
        name: "nhsNumber",
        kind: "text",
        label: "NHS number (optional)",
        hint: "A 10 digit number, like 943 476 5919. It is on letters from the NHS and in the NHS App.",
        width: 10,
        inputMode: "numeric",
        spellCheck: false,
      },
      ...(opts.askGpOutcome ? gpOutcomeFields : []),
    ],
    schema: z
      .strictObject({
        postcode: optionalPostcode,
        noFixedAddress: checkboxes(["yes"]),
        gpPractice: optionalText(LIMITS.short),
        nhsNumber,
        ...(opts.askGpOutcome ? gpOutcomeShape : {}),
      })
      .superRefine((v, ctx) => requireGpPracticeEmail(v, ctx), evenWithOtherErrors),
  });
}

export const relationshipOptions = [
  { value: "family", label: "Family, such as parents, brothers or sisters" },
  { value: "partner", label: "A partner" },
  { value: "friends", label: "Friends" },
  { value: "school-work", label: "School, college or work" },
  { value: "bereavement", label: "Someone has died" },
  { value: "change", label: "A big change, like moving, a new baby or an illness" },
  { value: "other", label: "Something else" },
] as const;
const relationshipValues = relationshipOptions.map((o) => o.value) as [string, ...string[]];

export function concernsStep(a: Audience) {
  const you = a.person === "you";
  return question({
    kind: "question",
    id: "concerns",
    title: "What has been happening",
    fields: [
      {
        name: "whatIsHappening",
        kind: "textarea",
        label: you
          ? "Tell us what has been happening and how you have been feeling"
          : `Tell us what has been happening for ${a.person} and how they have been feeling`,
        hint: "A few sentences is enough. Include how long it has been going on.",
        maxLength: LIMITS.long,
        rows: 6,
      },
      {
        name: "relationships",
        kind: "checkboxes",
        label: "Which relationships or changes are affecting things? (optional)",
        hint: "Select all that apply.",
        options: [...relationshipOptions],
      },
    ],
    schema: z.strictObject({
      whatIsHappening: requiredText(LIMITS.long, "Tell us what has been happening"),
      relationships: checkboxes(relationshipValues),
    }),
  });
}

const youngCarerShape = {
  youngCarer: z.preprocess(
    (v) => (v === null || v === "" ? undefined : v),
    choice(["yes", "no"], "Select yes if you look after someone").optional(),
  ),
};

export function needsStep(a: Audience) {
  const you = a.person === "you";
  return question({
    kind: "question",
    id: "needs",
    title: "Support and access needs",
    fields: [
      ...(you
        ? [
            {
              name: "youngCarer" as const,
              kind: "radios" as const,
              label: "Do you look after someone? (optional)",
              hint: "For example, someone in your family who is ill, disabled, or has problems with drugs or alcohol. We can take this into account when we plan appointments.",
              options: yesNoOptions,
            },
          ]
        : []),
      {
        name: "accessNeeds",
        kind: "textarea",
        label: `Is there anything that would make it easier for ${a.person} to come to appointments? (optional)`,
        hint: "For example step-free access, large print, or appointments after school",
        maxLength: LIMITS.medium,
        rows: 3,
      },
    ],
    schema: z.strictObject({
      ...(you ? youngCarerShape : {}),
      accessNeeds: optionalText(LIMITS.medium),
    }),
  });
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
