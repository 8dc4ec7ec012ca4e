import { z } from "zod";
import type { Field } from "@/lib/forms/fields";
import type { Answers } from "./journeys/types";
import { requiredEmail } from "./validation";

/** "Save and come back later": the one question, the address the link goes to. */
export const saveForLaterFields: readonly Field[] = [
  {
    kind: "email",
    name: "email",
    label: "Email address to send the link to",
    hint: "Use an email address only you can read.",
    autoComplete: "email",
    spellCheck: false,
  },
];

export const saveForLaterSchema = z.strictObject({
  email: requiredEmail("Enter the email address to send the link to"),
});

/** The address the person already gave on the form, offered first: their work email, or their own. */
export function addressGiven(answers: Answers): string {
  const contact = answers.contact && "email" in answers.contact ? answers.contact.email : undefined;
  return answers.referrer?.workEmail || contact || "";
}

export const saveForLaterPath = (journey: { area: string; slug: string }, from?: string) =>
  `/${journey.area}/${journey.slug}/save${from ? `?from=${encodeURIComponent(from)}` : ""}`;
