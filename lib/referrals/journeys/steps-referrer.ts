import { z } from "zod";
import { yesNo as yesNoOptions } from "@/lib/forms/fields";
import { LIMITS } from "../limits";
import {
  choice,
  optionalText,
  requiredEmail,
  requiredPhone,
  requiredText,
  yesNo,
  evenWithOtherErrors,
} from "../validation";
import { question } from "./answers";

/** A parent or carer says who they are and whether the child knows. */
export const parentStep = question({
  kind: "question",
  id: "you",
  title: "About you",
  fields: [
    { name: "yourName", kind: "text", label: "Your full name", autoComplete: "name", spellCheck: false },
    {
      name: "relationship",
      kind: "text",
      label: "Your relationship to the child",
      hint: "For example mother, father, foster carer, grandparent",
      width: 20,
    },
    {
      name: "childKnows",
      kind: "radios",
      label: "Does your child know you are asking for help for them?",
      options: [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No" },
        { value: "not-sure", label: "I'm not sure" },
      ],
    },
  ],
  schema: z.strictObject({
    yourName: requiredText(LIMITS.name, "Enter your full name"),
    relationship: requiredText(LIMITS.name, "Enter your relationship to the child"),
    childKnows: choice(["yes", "no", "not-sure"], "Select whether your child knows about this referral"),
  }),
});

/** A GP or other professional: who they are and how to reach them at work. */
export const referrerStep = question({
  kind: "question",
  id: "referrer",
  title: "About you",
  fields: [
    { name: "yourName", kind: "text", label: "Your full name", autoComplete: "name", spellCheck: false },
    { name: "role", kind: "text", label: "Your role", hint: "For example GP, school nurse, social worker", width: 20 },
    {
      name: "organisation",
      kind: "text",
      label: "Organisation",
      hint: "For example the name of your practice or team",
      autoComplete: "organization",
    },
    {
      name: "workEmail",
      kind: "email",
      label: "Work email address",
      hint: "Use a secure address such as NHSmail if you have one",
      autoComplete: "work email",
      spellCheck: false,
    },
    { name: "workPhone", kind: "tel", label: "Work phone number", autoComplete: "work tel", width: 20 },
  ],
  schema: z.strictObject({
    yourName: requiredText(LIMITS.name, "Enter your full name"),
    role: requiredText(LIMITS.name, "Enter your role"),
    organisation: requiredText(LIMITS.short, "Enter your organisation"),
    workEmail: requiredEmail("Enter your work email address"),
    workPhone: requiredPhone("Enter your work phone number"),
  }),
});

/** Consent to the referral and any safeguarding concerns. */
export const consentSafeguardingStep = question({
  kind: "question",
  id: "consent",
  title: "Consent and safeguarding",
  fields: [
    {
      name: "personConsented",
      kind: "radios",
      label: "Has the person agreed to this referral?",
      hint: "For a child under 16 who cannot agree for themselves, a parent or carer with parental responsibility.",
      options: yesNoOptions,
    },
    { name: "safeguarding", kind: "radios", label: "Are there any safeguarding concerns?", options: yesNoOptions },
    {
      name: "safeguardingDetails",
      kind: "textarea",
      label: "Safeguarding concerns (if any)",
      hint: "Include any agencies already involved",
      maxLength: LIMITS.long,
      rows: 4,
    },
  ],
  schema: z
    .strictObject({
      // "No" is a valid answer: it leads to the page that explains what to do (registry: cannotContinue).
      personConsented: choice(["yes", "no"], "Select yes if the person has agreed to this referral"),
      safeguarding: yesNo("Select yes if there are safeguarding concerns"),
      safeguardingDetails: optionalText(LIMITS.long),
    })
    .superRefine((v, ctx) => {
      if (v?.safeguarding === "yes" && !String(v.safeguardingDetails ?? "").trim()) {
        ctx.addIssue({ code: "custom", path: ["safeguardingDetails"], message: "Describe the safeguarding concerns" });
      }
    }, evenWithOtherErrors),
});
