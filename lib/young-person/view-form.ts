import { z } from "zod";
import type { Field } from "@/lib/forms/fields";
import { yesNoNotSure } from "@/lib/forms/fields";
import { checkboxes, choice, optionalText } from "@/lib/referrals/validation";
import { assessRisk, type RiskAssessment } from "@/lib/referrals/risk-flags";

// The young person's own page: short questions in words a 12-year-old reads easily. Nothing the
// person who referred them wrote is shown or asked again.

export const VIEW_MAX = 5000;

export const viewFields: readonly Field[] = [
  {
    kind: "textarea",
    name: "ownView",
    label: "What is going on for you? Tell us in your own words",
    hint: "Write as much or as little as you like. Only our team will read it. The person who asked us to send you this link will not see it.",
    maxLength: VIEW_MAX,
    rows: 8,
  },
  {
    kind: "radios",
    name: "agrees",
    label: "Are you happy for us to try to help you?",
    options: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No" },
      { value: "not-sure", label: "I'm not sure yet" },
    ],
  },
  {
    kind: "textarea",
    name: "helpWith",
    label: "What would you like help with? (optional)",
    hint: "For example: feeling low, arguments at home, friends, school.",
    maxLength: 2000,
    rows: 4,
  },
  {
    kind: "radios",
    name: "contactWho",
    label: "Who should we talk to first?",
    options: [
      { value: "me", label: "Me" },
      { value: "parent", label: "My parent or carer" },
      { value: "both", label: "Both of us" },
    ],
  },
  {
    kind: "checkboxes",
    name: "contactHow",
    label: "How can we get in touch with you? (optional)",
    hint: "Tick all that are OK.",
    options: [
      { value: "call", label: "Phone call" },
      { value: "text", label: "Text message" },
      { value: "email", label: "Email" },
    ],
  },
  {
    kind: "radios",
    name: "selfHarmThoughts",
    label: "Are you having thoughts of ending your life or hurting yourself?",
    hint: "We ask everyone this. It helps us know how quickly to get in touch.",
    options: yesNoNotSure,
  },
  {
    kind: "radios",
    name: "mayActSoon",
    label: "If you said yes or I'm not sure: do you think you might act on these thoughts in the next day or two?",
    hint: "If you said no to the last question, you can leave this one.",
    options: yesNoNotSure,
  },
];

export const viewSchema = z.strictObject({
  ownView: optionalText(VIEW_MAX),
  agrees: choice(["yes", "no", "not-sure"], "Select yes, no or I'm not sure yet"),
  helpWith: optionalText(2000),
  contactWho: choice(["me", "parent", "both"], "Select who we should talk to first"),
  contactHow: checkboxes(["call", "text", "email"]),
  selfHarmThoughts: choice(["yes", "no", "not-sure"], "Select yes, no or I'm not sure"),
  // Optional: an unanswered radio group arrives as nothing (a plain post) or null (react-hook-form).
  mayActSoon: z.preprocess(
    (v) => (v === null || v === "" ? undefined : v),
    choice(["yes", "no", "not-sure"], "Select yes, no or I'm not sure").optional(),
  ),
});

export type YoungPersonAnswers = z.infer<typeof viewSchema>;

/** The risk the young person's answers show, in the journeys' terms. */
export const riskOfView = (a: YoungPersonAnswers): RiskAssessment =>
  assessRisk({ selfHarmThoughts: a.selfHarmThoughts, mayActSoon: a.mayActSoon });

/** Rows for staff, in the order the young person answered. */
export function viewRows(a: Partial<YoungPersonAnswers>): { key: string; value: string }[] {
  const label = (name: keyof YoungPersonAnswers, value: string | undefined) => {
    const field = viewFields.find((f) => f.name === name);
    const options = field && "options" in field ? field.options : [];
    return options.find((o) => o.value === value)?.label ?? value ?? "Not answered";
  };
  return [
    { key: "In their own words", value: a.ownView || "Not answered" },
    { key: "Happy for us to help", value: label("agrees", a.agrees) },
    { key: "Would like help with", value: a.helpWith || "Not answered" },
    { key: "Who to talk to first", value: label("contactWho", a.contactWho) },
    {
      key: "How to get in touch",
      value: a.contactHow?.length ? a.contactHow.map((v) => label("contactHow", v)).join(", ") : "Not answered",
    },
    {
      key: "Thoughts of ending their life or hurting themselves",
      value: label("selfHarmThoughts", a.selfHarmThoughts),
    },
    { key: "Might act on them in the next day or two", value: label("mayActSoon", a.mayActSoon) },
  ];
}
