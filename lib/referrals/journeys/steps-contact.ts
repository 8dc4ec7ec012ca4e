import { z } from "zod";
import { LIMITS } from "../limits";
import { checkboxes, optionalEmail, optionalPhone, optionalText, evenWithOtherErrors } from "../validation";
import { question } from "./answers";
import { contactPermissionFields, contactPermissionShape, requirePermissions } from "./contact-permissions";
import { requireYourLanguage, yourInterpreterFields, yourInterpreterShape } from "./interpreter";

export interface ContactStepOptions {
  who: "you" | "them";
  title: string;
  intro?: string[];
  /** A parent's own interpreter need: FB-IPT has a parent at every session. */
  askInterpreter?: boolean;
}

/**
 * How to reach whoever should hear from us: phone and/or email, what we may do with each, good times.
 * Only the person filling in the form about themselves or their child is offered the reference by email,
 * and only if they ask for it (H05).
 */
export function contactStep(opts: ContactStepOptions) {
  const your = opts.who === "you" ? "your" : "their";
  const permissions = contactPermissionFields(opts.who);
  const [aPhone, anEmail] = opts.who === "you" ? ["a", "an"] : ["their", "their"];
  return question({
    kind: "question",
    id: "contact",
    title: opts.title,
    intro: opts.intro ?? ["Give a phone number, an email address, or both."],
    fields: [
      {
        name: "phone" as const,
        kind: "tel" as const,
        label: "Phone number",
        autoComplete: opts.who === "you" ? "tel" : "off",
        width: 20,
      },
      ...permissions.phone.map((f) => ({ ...f, hint: f.hint ?? `Answer if you gave ${aPhone} phone number` })),
      {
        name: "email" as const,
        kind: "email" as const,
        label: "Email address",
        autoComplete: opts.who === "you" ? "email" : "off",
        spellCheck: false,
      },
      ...permissions.email.map((f) => ({ ...f, hint: f.hint ?? `Answer if you gave ${anEmail} email address` })),
      ...(opts.who === "you"
        ? [
            {
              name: "emailReference" as const,
              kind: "checkboxes" as const,
              label: "Email me my reference? (optional)",
              hint: "We will only send it if you tick this. The email will not say what it is about, but anyone who reads this inbox will see it came from us.",
              options: [{ value: "yes", label: "Yes, email me my reference" }],
            },
          ]
        : []),
      ...(opts.askInterpreter ? yourInterpreterFields : []),
      {
        name: "bestTimes" as const,
        kind: "text" as const,
        label: "Best times to contact (optional)",
        hint: "For example, weekday mornings, or after 4pm",
      },
    ],
    schema: z
      .strictObject({
        phone: optionalPhone,
        ...contactPermissionShape,
        email: optionalEmail,
        ...(opts.who === "you" ? { emailReference: checkboxes(["yes"]) } : {}),
        ...(opts.askInterpreter ? yourInterpreterShape : {}),
        bestTimes: optionalText(LIMITS.short),
      })
      .superRefine((v, ctx) => {
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, evenWithOtherErrors runs this only for a non-null object
        if (!v || typeof v !== "object") return;
        // Stryker disable next-line MethodExpression: equivalent, the page's schema (optionalPhone, optionalEmail) has already trimmed both
        if (!String(v.phone ?? "").trim() && !String(v.email ?? "").trim()) {
          ctx.addIssue({ code: "custom", path: ["phone"], message: `Enter ${your} phone number or email address` });
        }
        requirePermissions(v, ctx);
        if (opts.askInterpreter) requireYourLanguage(v, ctx);
      }, evenWithOtherErrors),
  });
}
