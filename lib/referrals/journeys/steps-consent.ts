import { z } from "zod";
import { LIMITS } from "../limits";
import { choice, optionalPhone, optionalText, yesNo } from "../validation";
import { ageFrom } from "./answer-facts";
import type { Answers } from "./types";
import { question } from "./answers";

export const CONSENT_AGE = 16;

/** Young people under 16 referring themselves: does a parent or carer know, and may we contact them? */
export const youngPersonConsentStep = question({
  kind: "question",
  id: "consent",
  title: "Your parents or carers",
  intro: [
    "You can ask for help yourself. You do not need a parent or carer's permission to fill in this form, and whatever you answer here, we will still read your referral.",
    "What you tell us is private. We will not tell your parents or carers what you have said without asking you first.",
    "The only time we might share something without asking is if we are worried that you, or someone else, is in danger. Then we may need to tell people who can help keep you safe. We would talk to you about it first if we could.",
  ],
  when: (answers: Answers) => {
    const age = ageFrom(answers);
    return age !== null && age < CONSENT_AGE;
  },
  fields: [
    {
      name: "parentKnows",
      kind: "radios",
      label: "Does a parent or carer know you are asking for help?",
      options: [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No" },
      ],
    },
    {
      name: "mayContactParent",
      kind: "radios",
      label: "Can we contact a parent or carer?",
      options: [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No" },
        { value: "talk-first", label: "I would like to talk to you about it first" },
      ],
    },
    { name: "parentName", kind: "text", label: "Their name (optional)", autoComplete: "off", spellCheck: false },
    { name: "parentPhone", kind: "tel", label: "Their phone number (optional)", autoComplete: "off", width: 20 },
  ],
  schema: z.strictObject({
    parentKnows: yesNo("Select yes if a parent or carer knows"),
    mayContactParent: choice(["yes", "no", "talk-first"], "Select whether we can contact a parent or carer"),
    parentName: optionalText(LIMITS.name),
    parentPhone: optionalPhone,
  }),
});
