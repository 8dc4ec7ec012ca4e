import { z } from "zod";
import { LIMITS } from "../limits";
import { checkboxes, choice, optionalEmail, optionalPhone, optionalText, requiredText } from "../validation";
import { evenWithOtherErrors } from "../validation";
import type { ChoiceField, TextAreaField, TextField } from "@/lib/forms/fields";
import { question } from "./answers";
import { isChild } from "./consent-ages";
import { contactPermissionFields, contactPermissionShape, requirePermissions } from "./contact-permissions";

// Parental responsibility and the family around a child under 18 (H11, H18): who can agree to
// their care, who else should know, and whether social care is involved.

const yesNoNotSure = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "not-sure", label: "I'm not sure" },
];

const PR_MEANS =
  "Parental responsibility means the legal rights and duties a parent has for a child, such as agreeing to their health care. A child's birth mother always has it. Other people can have it too, such as a father, an adoptive parent, a special guardian or the local authority.";

export const careOptions = [
  { value: "looked-after", label: "They are looked after by the local authority (in care)" },
  { value: "special-guardianship", label: "They live with a special guardian (a special guardianship order)" },
  { value: "social-worker", label: "A social worker is involved with them or their family" },
] as const;
const careValues = careOptions.map((o) => o.value) as [string, ...string[]];

const othersOptions = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "no-one-else", label: "No one else has parental responsibility" },
  { value: "not-sure", label: "I'm not sure" },
];

const whoHasField = (child: string): TextField & { name: "whoHasPR" } => ({
  name: "whoHasPR",
  kind: "text",
  label: `Who has parental responsibility for ${child}?`,
  hint: "Give their names and how they are related to the child, for example 'Me and their father, Sam Jones'. If you are not sure, say so.",
});
const othersField: ChoiceField & { name: "othersShouldKnow" } = {
  name: "othersShouldKnow",
  kind: "radios",
  label: "Should anyone else with parental responsibility know about this referral?",
  hint: "If it would not be safe for someone to know, choose No. You can tell us more below.",
  options: othersOptions,
};
const careField: ChoiceField & { name: "care" } = {
  name: "care",
  kind: "checkboxes",
  label: "Do any of these apply? (optional)",
  hint: "Select all that apply.",
  options: [...careOptions],
};
const detailsField: TextAreaField & { name: "familyDetails" } = {
  name: "familyDetails",
  kind: "textarea",
  label: "Anything else we should know, such as a social worker's name and how to reach them (optional)",
  maxLength: LIMITS.medium,
  rows: 3,
};

const shared = {
  whoHasPR: requiredText(LIMITS.short, "Enter who has parental responsibility, or say you are not sure"),
  othersShouldKnow: choice(["yes", "no", "no-one-else", "not-sure"], "Select whether anyone else should know"),
  care: checkboxes(careValues),
  familyDetails: optionalText(LIMITS.medium),
};

/** A parent or carer of a child under 18: do they have parental responsibility, and who else does. */
export const parentResponsibilityStep = question({
  kind: "question",
  id: "parental-responsibility",
  title: "Parental responsibility",
  intro: [PR_MEANS],
  when: isChild,
  fields: [
    {
      name: "youHavePR",
      kind: "radios",
      label: "Do you have parental responsibility for your child?",
      options: yesNoNotSure,
    },
    whoHasField("your child"),
    othersField,
    careField,
    detailsField,
  ],
  schema: z.strictObject({
    youHavePR: choice(["yes", "no", "not-sure"], "Select whether you have parental responsibility"),
    ...shared,
  }),
});

/** A professional referring a child under 18: who has parental responsibility, and who else should know. */
export const professionalResponsibilityStep = question({
  kind: "question",
  id: "parental-responsibility",
  title: "Parental responsibility",
  intro: [PR_MEANS],
  when: isChild,
  fields: [whoHasField("the child"), othersField, careField, detailsField],
  schema: z.strictObject(shared),
});

// The same questions as for the person's own phone and email (a parent's phone may be shared too,
// and a voicemail heard by the wrong person can do harm): asked and shown the same way (issue 11, H17).
const parentPermissions = contactPermissionFields("them");

/** A professional referring a child under 18 gives a parent or carer's details, so we can reach the family. */
export const parentDetailsStep = question({
  kind: "question",
  id: "parent-details",
  title: "The child's parent or carer",
  intro: ["We need a parent or carer's details for everyone under 18. Give a phone number, an email address, or both."],
  when: isChild,
  fields: [
    { name: "parentName", kind: "text", label: "Parent or carer's full name", autoComplete: "off", spellCheck: false },
    {
      name: "parentRelationship",
      kind: "text",
      label: "Their relationship to the child",
      hint: "For example mother, father, foster carer, grandparent",
      width: 20,
    },
    { name: "parentPhone", kind: "tel", label: "Their phone number", autoComplete: "off", width: 20 },
    ...parentPermissions.phone.map((f) => ({ ...f, hint: f.hint ?? "Answer if you gave their phone number" })),
    { name: "parentEmail", kind: "email", label: "Their email address", autoComplete: "off", spellCheck: false },
    ...parentPermissions.email.map((f) => ({ ...f, hint: f.hint ?? "Answer if you gave their email address" })),
    {
      name: "parentHasPR",
      kind: "radios",
      label: "Do they have parental responsibility for the child?",
      options: yesNoNotSure,
    },
  ],
  schema: z
    .strictObject({
      parentName: requiredText(LIMITS.name, "Enter the parent or carer's full name"),
      parentRelationship: requiredText(LIMITS.name, "Enter their relationship to the child"),
      parentPhone: optionalPhone,
      parentEmail: optionalEmail,
      ...contactPermissionShape,
      parentHasPR: choice(["yes", "no", "not-sure"], "Select whether they have parental responsibility"),
    })
    .superRefine((v, ctx) => {
      // Both fields trim their text before this runs, and evenWithOtherErrors runs it only for an object.
      if (!v.parentPhone && !v.parentEmail) {
        ctx.addIssue({
          code: "custom",
          path: ["parentPhone"],
          message: "Enter the parent or carer's phone number or email address",
        });
      }
      requirePermissions(v, ctx, { phone: "parentPhone", email: "parentEmail" });
    }, evenWithOtherErrors),
});
