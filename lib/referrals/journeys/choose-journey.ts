import { z } from "zod";
import type { ChoiceField } from "@/lib/forms/fields";

/** The start page's one question; each answer is the slug of the journey written for that reader. */
export const whoField: ChoiceField = {
  name: "who",
  kind: "radios",
  label: "Who is this referral for?",
  options: [
    { value: "young-person", label: "Me, and I am a young person (under 18)" },
    { value: "adult", label: "Me, and I am an adult (18 or over)" },
    { value: "parent-carer", label: "My child or a young person I care for" },
    { value: "professional", label: "A patient or client: I am a GP or other professional" },
  ],
};

export const chooseJourneySchema = z.object({
  who: z.enum(["young-person", "adult", "parent-carer", "professional"], { error: "Select who this referral is for" }),
});
