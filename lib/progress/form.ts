import { z } from "zod";
import type { Field } from "@/lib/forms/fields";
import { dateOfBirth } from "@/lib/referrals/date-of-birth";

// The check-progress form. Client-safe: the browser checks with the same schema first.

export const progressFields: readonly Field[] = [
  {
    kind: "text",
    name: "reference",
    label: "Reference",
    hint: "It has 8 letters and numbers, for example KX7P-3M9Q. It is on the page you saw after sending, and in the email we sent if you gave an address.",
    width: 10,
    spellCheck: false,
    autoComplete: "off",
  },
  {
    kind: "date",
    name: "dateOfBirth",
    label: "Date of birth of the person referred",
    hint: "For example, 27 3 2010",
  },
];

export const progressSchema = z.object({
  reference: z
    .string({ error: "Enter the reference" })
    .trim()
    .min(1, { error: "Enter the reference" })
    .max(20, { error: "The reference has 8 letters and numbers, for example KX7P-3M9Q" }),
  dateOfBirth: dateOfBirth("the date of birth of the person referred"),
});

export type ProgressInput = z.infer<typeof progressSchema>;
