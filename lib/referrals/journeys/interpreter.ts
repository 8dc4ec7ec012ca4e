import { z } from "zod";
import { LIMITS } from "../limits";
import { choice, optionalText } from "../validation";

// One question, asked early: "No" or "Yes, and the language", the language revealed under "Yes".
// The person's own need is on the "about" page; a parent's own need is on their contact page.

const options = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
];
const LANGUAGE_HINT = "For example, Polish, Urdu or British Sign Language (BSL)";
const ENTER_LANGUAGE = "Enter the language the interpreter should speak";

/** The person's own interpreter need, worded for whoever is filling in the form. */
export function interpreterFields(asked: string) {
  return [
    { name: "interpreter" as const, kind: "radios" as const, label: asked, options },
    {
      name: "language" as const,
      kind: "text" as const,
      label: "Which language?",
      hint: LANGUAGE_HINT,
      width: 20 as const,
      showWhen: { name: "interpreter" as const, values: ["yes"] },
    },
  ];
}

// Optional in the type (answers saved before this question existed still read), required below.
// Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, choice() refuses a blank answer with the same words as the check below
const blankAsMissing = (v: unknown) => (v === null || v === "" ? undefined : v);
const noOrYes = (message: string) => z.preprocess(blankAsMissing, choice(["no", "yes"], message).optional());
const SELECT = "Select yes if an interpreter is needed";

export const interpreterShape = {
  interpreter: noOrYes(SELECT),
  language: optionalText(LIMITS.name),
};

/** A "Yes" needs the language; after "No" a language typed earlier is ignored by every reader. */
export function requireLanguage(v: Record<string, unknown>, ctx: z.RefinementCtx) {
  if (!v.interpreter) ctx.addIssue({ code: "custom", path: ["interpreter"], message: SELECT });
  // Stryker disable next-line MethodExpression: equivalent, the page's schema (optionalText) has already trimmed the language
  if (v.interpreter === "yes" && !String(v.language ?? "").trim())
    ctx.addIssue({ code: "custom", path: ["language"], message: ENTER_LANGUAGE });
}

/** A parent's own need, on their contact page. */
export const yourInterpreterFields = [
  {
    name: "yourInterpreter" as const,
    kind: "radios" as const,
    label: "Do you need an interpreter when we talk to you?",
    options,
  },
  {
    name: "yourLanguage" as const,
    kind: "text" as const,
    label: "Which language do you need?",
    hint: LANGUAGE_HINT,
    width: 20 as const,
    showWhen: { name: "yourInterpreter" as const, values: ["yes"] },
  },
];

export const yourInterpreterShape = {
  yourInterpreter: noOrYes("Select yes if you need an interpreter"),
  yourLanguage: optionalText(LIMITS.name),
};

export function requireYourLanguage(v: Record<string, unknown>, ctx: z.RefinementCtx) {
  if (!v.yourInterpreter)
    ctx.addIssue({ code: "custom", path: ["yourInterpreter"], message: "Select yes if you need an interpreter" });
  // Stryker disable next-line MethodExpression: equivalent, the page's schema (optionalText) has already trimmed the language
  if (v.yourInterpreter === "yes" && !String(v.yourLanguage ?? "").trim())
    ctx.addIssue({ code: "custom", path: ["yourLanguage"], message: ENTER_LANGUAGE });
}
