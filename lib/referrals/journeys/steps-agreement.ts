import { z } from "zod";
import { LIMITS } from "../limits";
import { choice, evenWithOtherErrors, optionalEmail, optionalPhone, optionalText } from "../validation";
import { question } from "./answers";
import {
  asksAgreement,
  isChild,
  parentReferralLacksAgreement,
  professionalReferralLacksOwnAgreement,
} from "./consent-ages";
import type { Answers, InfoStep } from "./types";

// The young person's agreement and their own voice (H11). From 12 a parent is asked whether the
// young person agrees; at 16 and 17 it is needed (see consent-ages.ts). We contact a 16 or 17 year
// old directly unless they ask otherwise, and a younger child directly if they prefer.

/** A parent of a child aged 12 to 17: does the young person agree, and who should we contact first. */
export const agreementStep = question({
  kind: "question",
  id: "agreement",
  title: "Your child's agreement",
  intro: [
    "Young people have a say in their own care. At 16 or 17, they make their own decisions about it, so we can only accept a referral if they agree to it.",
    "If your child is under 16 and has not agreed yet, you can still send this. We will talk with you both.",
  ],
  when: asksAgreement,
  fields: [
    {
      name: "youngPersonAgrees",
      kind: "radios",
      label: "Does your child agree to this referral?",
      options: [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No" },
        { value: "not-sure", label: "I'm not sure, or I have not asked them yet" },
      ],
    },
    {
      name: "contactFirst",
      kind: "radios",
      label: "Who should we contact first?",
      hint: "We usually contact young people aged 16 or 17 themselves. We can contact a younger child first if they would like that.",
      options: [
        { value: "young-person", label: "My child" },
        { value: "parent", label: "Me" },
      ],
    },
    { name: "childPhone", kind: "tel", label: "Your child's phone number", autoComplete: "off", width: 20 },
    { name: "childEmail", kind: "email", label: "Your child's email address", autoComplete: "off", spellCheck: false },
  ],
  schema: z
    .strictObject({
      youngPersonAgrees: choice(["yes", "no", "not-sure"], "Select whether your child agrees to this referral"),
      contactFirst: choice(["young-person", "parent"], "Select who we should contact first"),
      childPhone: optionalPhone,
      childEmail: optionalEmail,
    })
    .superRefine((v, ctx) => {
      // Stryker disable next-line OptionalChaining: equivalent, evenWithOtherErrors runs this only for a non-null object
      if (v?.contactFirst !== "young-person") return;
      // Stryker disable next-line MethodExpression: equivalent, the page's schema (optionalPhone, optionalEmail) has already trimmed both
      if (!String(v.childPhone ?? "").trim() && !String(v.childEmail ?? "").trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["childPhone"],
          message: "Enter your child's phone number or email address, so we can contact them",
        });
      }
    }, evenWithOtherErrors),
});

const agreed = (answers: Answers) =>
  Boolean(answers.consent && "personConsented" in answers.consent && answers.consent.personConsented === "yes");

/** A professional referring a child under 18, who has said the referral is agreed: agreed by whom. */
export const whoAgreedStep = question({
  kind: "question",
  id: "who-agreed",
  title: "Who agreed to this referral?",
  when: (answers: Answers) => isChild(answers) && agreed(answers),
  fields: [
    {
      name: "whoAgreed",
      kind: "radios",
      label: "Who agreed to this referral?",
      inline: true,
      hint: "At 16 or 17, the young person's own agreement is needed.",
      options: [
        { value: "both", label: "The young person and their parent or carer" },
        { value: "young-person", label: "The young person" },
        { value: "parent", label: "Their parent or carer" },
      ],
    },
  ],
  schema: z.strictObject({ whoAgreed: choice(["both", "young-person", "parent"], "Select who agreed") }),
});

/** "In their own words, if you can": what the young person has said, for parents and professionals. */
export function ownWordsStep(child: "your child" | "the young person") {
  return question({
    kind: "question",
    id: "own-words",
    title: "In their own words, if you can",
    intro: [
      `If ${child} has told you how they feel, or what they want help with, you can write it here in their own words. You do not have to.`,
    ],
    when: isChild,
    signpostCrisis: true,
    fields: [
      {
        name: "ownWords",
        kind: "textarea",
        label: `What ${child} has said (optional)`,
        maxLength: LIMITS.long,
        rows: 5,
      },
    ],
    schema: z.strictObject({ ownWords: optionalText(LIMITS.long) }),
  });
}

/** A parent of a 16 or 17 year old who has not agreed: the route ends here, with what to do instead. */
export const agreementNeededStep: InfoStep = {
  kind: "info",
  id: "agreement-needed",
  title: "You cannot send this referral yet",
  when: parentReferralLacksAgreement,
};

/** A professional referring a 16 or 17 year old whom only a parent has agreed for: the route ends here, with what to do. */
export const ownAgreementNeededStep: InfoStep = {
  kind: "info",
  id: "own-agreement-needed",
  title: "You cannot send this referral yet",
  when: professionalReferralLacksOwnAgreement,
};
