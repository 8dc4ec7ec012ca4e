import { z } from "zod";
import { LIMITS } from "../limits";
import { choice, optionalPhone, optionalText, requiredEmail, requiredText } from "../validation";
import { question } from "./answers";

export const questionStep = question({
  kind: "question",
  id: "question",
  title: "Your question",
  intro: [
    "Ask us anything about the service or about IPT. This is not a referral, and we cannot give advice about a person's care by email.",
  ],
  signpostCrisis: true,
  fields: [
    { name: "question", kind: "textarea", label: "What would you like to ask?", maxLength: LIMITS.long, rows: 6 },
  ],
  schema: z.strictObject({ question: requiredText(LIMITS.long, "Enter your question") }),
});

export const courseOptions = [
  { value: "introductory", label: "Introductory IPT practitioner course" },
  { value: "ipt-a", label: "IPT-A practitioner course (young people)" },
  { value: "ipt-a-accredited", label: "IPT-A course for accredited IPT practitioners" },
  { value: "mentalization", label: "Mentalization in IPT workshop" },
  { value: "refresher", label: "Refresher day for accredited practitioners" },
  { value: "supervision", label: "Supervision towards accreditation" },
  { value: "other", label: "Something else" },
] as const;

export const courseStep = question({
  kind: "question",
  id: "course",
  // Two questions on the page: the heading names the page, and each question keeps its own label.
  title: "About the training",
  fields: [
    {
      name: "course",
      kind: "radios",
      label: "Which training are you asking about?",
      options: [...courseOptions],
    },
    {
      name: "message",
      kind: "textarea",
      label: "Your question (optional)",
      hint: "For example, dates, fees or whether you meet the entry requirements",
      maxLength: LIMITS.long,
      rows: 5,
    },
  ],
  schema: z.strictObject({
    course: choice(
      courseOptions.map((o) => o.value) as [string, ...string[]],
      "Select the training you are asking about",
    ),
    message: optionalText(LIMITS.long),
  }),
});

/** How to answer a question: a name and an email address (a phone number if they prefer). */
export function enquiryContactStep(opts: { professional: boolean }) {
  const base = {
    yourName: requiredText(LIMITS.name, "Enter your name"),
    email: requiredEmail("Enter your email address"),
    phone: optionalPhone,
  };
  const page = { kind: "question", id: "contact", title: "How we can reply" } as const;
  const yourName = {
    name: "yourName",
    kind: "text",
    label: "Your name",
    autoComplete: "name",
    spellCheck: false,
  } as const;
  const email = {
    name: "email",
    kind: "email",
    label: "Email address",
    autoComplete: "email",
    spellCheck: false,
  } as const;
  const phone = {
    name: "phone",
    kind: "tel",
    label: "Phone number (optional)",
    autoComplete: "tel",
    width: 20,
  } as const;
  if (!opts.professional) return question({ ...page, fields: [yourName, email, phone], schema: z.strictObject(base) });
  return question({
    ...page,
    fields: [
      yourName,
      {
        name: "role",
        kind: "text",
        label: "Your role",
        hint: "For example clinical psychologist, CAMHS practitioner",
        width: 20,
      },
      { name: "organisation", kind: "text", label: "Organisation (optional)", autoComplete: "organization" },
      email,
      phone,
    ],
    schema: z.strictObject({
      ...base,
      role: requiredText(LIMITS.name, "Enter your role"),
      organisation: optionalText(LIMITS.short),
    }),
  });
}
