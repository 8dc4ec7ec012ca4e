import { z } from "zod";
import { yesNo as yesNoOptions } from "@/lib/forms/fields";
import { LIMITS } from "../limits";
import { optionalEmail, optionalPhone, optionalText, yesNo, evenWithOtherErrors } from "../validation";
import { question } from "./answers";

/** How to reach whoever should hear from us: phone and/or email, messages, good times. */
export function contactStep(opts: { who: "you" | "them"; title: string; intro?: string[] }) {
  const your = opts.who === "you" ? "your" : "their";
  return question({
    kind: "question",
    id: "contact",
    title: opts.title,
    intro: opts.intro ?? ["Give a phone number, an email address, or both."],
    fields: [
      {
        name: "phone",
        kind: "tel",
        label: "Phone number",
        autoComplete: opts.who === "you" ? "tel" : "off",
        width: 20,
      },
      {
        name: "email",
        kind: "email",
        label: "Email address",
        hint: opts.who === "you" ? "We will send a copy of your reference here" : undefined,
        autoComplete: opts.who === "you" ? "email" : "off",
        spellCheck: false,
      },
      {
        name: "mayLeaveMessage",
        kind: "radios",
        label: "Can we leave a message or send a text?",
        options: yesNoOptions,
      },
      {
        name: "bestTimes",
        kind: "text",
        label: "Best times to contact (optional)",
        hint: "For example, weekday mornings, or after 4pm",
      },
    ],
    schema: z
      .strictObject({
        phone: optionalPhone,
        email: optionalEmail,
        mayLeaveMessage: yesNo("Select yes if we can leave a message"),
        bestTimes: optionalText(LIMITS.short),
      })
      .superRefine((v, ctx) => {
        if (!v || typeof v !== "object") return;
        if (!String(v.phone ?? "").trim() && !String(v.email ?? "").trim()) {
          ctx.addIssue({ code: "custom", path: ["phone"], message: `Enter ${your} phone number or email address` });
        }
      }, evenWithOtherErrors),
  });
}
