import { z } from "zod";
import type { Option } from "@/lib/forms/fields";
import { yesNo as yesNoOptions } from "@/lib/forms/fields";
import { choice } from "../validation";

// How we may use a phone number and an email address, asked one way at a time: a phone we may call
// may still be one where a voicemail or a text would be read by someone else (H05, H17). A reusable
// group: any page with `phone` and `email` fields can spread these fields and this shape into its own.

type Whose = "you" | "them";

const ownOptions = (whose: Whose, thing: "phone" | "inbox"): Option[] =>
  whose === "you"
    ? [
        { value: "own", label: thing === "phone" ? "Yes, only I use it" : "Yes, only I read it" },
        { value: "shared", label: "No, other people can see it too" },
      ]
    : [
        { value: "own", label: thing === "phone" ? "Yes, only they use it" : "Yes, only they read it" },
        { value: "shared", label: "No, other people can see it too" },
      ];

/** The questions, for whoever the phone and email belong to. */
export function contactPermissionFields(whose: Whose) {
  const phone = whose === "you" ? "your phone" : "their phone";
  return {
    phone: [
      { name: "mayCall" as const, kind: "radios" as const, label: "Can we call this number?", options: yesNoOptions },
      {
        name: "mayVoicemail" as const,
        kind: "radios" as const,
        label: "Can we leave a voicemail?",
        options: yesNoOptions,
      },
      {
        name: "mayText" as const,
        kind: "radios" as const,
        label: "Can we send a text message?",
        options: yesNoOptions,
      },
      {
        name: "phoneOwn" as const,
        kind: "radios" as const,
        label: `Is this ${phone}, not a shared one?`,
        hint: "Other people may hear a voicemail or read a text on a shared phone",
        options: ownOptions(whose, "phone"),
      },
    ],
    email: [
      {
        name: "mayEmail" as const,
        kind: "radios" as const,
        label: "Can we email this address?",
        options: yesNoOptions,
      },
      {
        name: "emailOwn" as const,
        kind: "radios" as const,
        label: whose === "you" ? "Is this your own inbox?" : "Is this their own inbox?",
        hint: "Other people may read emails in a shared inbox",
        options: ownOptions(whose, "inbox"),
      },
    ],
  };
}

// Optional in the shape; required below only for a contact that was given.
const answer = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (v === null || v === "" ? undefined : v), choice(values, message).optional());

export const contactPermissionShape = {
  mayCall: answer(["yes", "no"], "Select yes if we can call this number"),
  mayVoicemail: answer(["yes", "no"], "Select yes if we can leave a voicemail"),
  mayText: answer(["yes", "no"], "Select yes if we can send a text message"),
  phoneOwn: answer(["own", "shared"], "Select whether other people use this phone"),
  mayEmail: answer(["yes", "no"], "Select yes if we can email this address"),
  emailOwn: answer(["own", "shared"], "Select whether other people read this inbox"),
};

const REQUIRED_FOR = {
  phone: ["mayCall", "mayVoicemail", "mayText", "phoneOwn"],
  email: ["mayEmail", "emailOwn"],
} as const;

const MISSING: Record<string, string> = {
  mayCall: "Select yes if we can call this number",
  mayVoicemail: "Select yes if we can leave a voicemail",
  mayText: "Select yes if we can send a text message",
  phoneOwn: "Select whether other people use this phone",
  mayEmail: "Select yes if we can email this address",
  emailOwn: "Select whether other people read this inbox",
};

/** Which fields on a page hold the phone number and email address the permissions are about. */
export interface ContactFieldNames {
  phone: string;
  email: string;
}

/** Every permission question for a phone number or email address that was given must be answered. */
export function requirePermissions(
  v: Record<string, unknown>,
  ctx: z.RefinementCtx,
  names: ContactFieldNames = { phone: "phone", email: "email" },
) {
  for (const contact of ["phone", "email"] as const) {
    // Stryker disable next-line MethodExpression: equivalent, the page's schema (optionalPhone, optionalEmail) has already trimmed both
    if (!String(v[names[contact]] ?? "").trim()) continue;
    for (const name of REQUIRED_FOR[contact]) {
      // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, the shape's preprocess (answer()) has already made a blank or null answer undefined
      if (v[name] === undefined || v[name] === null || v[name] === "")
        ctx.addIssue({ code: "custom", path: [name], message: MISSING[name]! });
    }
  }
}

export type ContactPermissions = { [K in keyof typeof contactPermissionShape]?: string };

const yesNoWord = (v: unknown) => (v === "yes" ? "yes" : v === "no" ? "no" : "not answered");
const ownWord = (v: unknown) => (v === "own" ? "yes" : v === "shared" ? "no (shared)" : "not answered");

/** For staff, beside the number: "call: yes, voicemail: no, text: yes, own phone: no (shared)". */
export function phonePermissionsText(p: ContactPermissions): string {
  return `call: ${yesNoWord(p.mayCall)}, voicemail: ${yesNoWord(p.mayVoicemail)}, text: ${yesNoWord(p.mayText)}, own phone: ${ownWord(p.phoneOwn)}`;
}

/** For staff, beside the address: "email: yes, own inbox: yes". */
export function emailPermissionsText(p: ContactPermissions): string {
  return `email: ${yesNoWord(p.mayEmail)}, own inbox: ${ownWord(p.emailOwn)}`;
}

// The answers that say a way of reaching someone is not safe or not wanted, in staff's words. A
// voicemail on a shared phone can tell someone at home about the referral (H05, H17).
const RESTRICTING: [keyof ContactPermissions, string, string][] = [
  ["mayCall", "no", "Do not call"],
  ["mayVoicemail", "no", "Do not leave voicemail"],
  ["mayText", "no", "Do not text"],
  ["phoneOwn", "shared", "Phone is shared with other people"],
  ["mayEmail", "no", "Do not email"],
  ["emailOwn", "shared", "Inbox is shared with other people"],
];

/** "Do not leave voicemail", "Do not text"…: each way the answers rule out; empty when none do. */
export function restrictionsOf(contact: (ContactPermissions & { mayLeaveMessage?: string }) | undefined): string[] {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, any other non-object has none of the answers read below, so gives [] too
  if (!contact || typeof contact !== "object") return [];
  // Referrals sent before the questions were split asked one question about messages and texts.
  if (contact.mayLeaveMessage === "no") return ["Do not leave a message or text"];
  return RESTRICTING.filter(([name, value]) => contact[name] === value).map(([, , words]) => words);
}
