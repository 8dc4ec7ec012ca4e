import { z } from "zod";
import { LIMITS } from "./limits";
import { isValidNhsNumber, normaliseNhsNumber } from "./nhs-number";

// Building blocks for the journeys' schemas. Messages follow the GOV.UK pattern: say what to do.

const tooLong = (max: number) => `Must be ${max} characters or fewer`;

// Control characters and broken Unicode cannot be stored by Postgres (text or JSONB) and are
// never typed by people; they get a message like any other mistake.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (v: string) => !CONTROL.test(v) && !LONE_SURROGATE.test(v);
const UNUSUAL = "Remove any unusual characters, such as symbols copied from another program";

/** Any text answer: trimmed, and only characters that can be stored and shown. */
const text = (message: string) => z.string({ error: message }).trim().refine(storable, UNUSUAL);

export const requiredText = (max: number, message: string) => text(message).min(1, message).max(max, tooLong(max));

export const optionalText = (max: number) => text("Enter text").max(max, tooLong(max)).optional();

export const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

export const yesNo = (message: string) => choice(["yes", "no"], message);

/** A group of checkboxes: none ticked arrives as nothing (a plain post) or false (react-hook-form). */
export const checkboxes = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) =>
      value === undefined || value === false || value === null ? [] : typeof value === "string" ? [value] : value,
    z.array(z.enum(values, { error: "Choose from the list" })).max(LIMITS.maxCheckboxes),
  );

export const optionalEmail = text("Enter an email address")
  .max(LIMITS.email, tooLong(LIMITS.email))
  .refine(
    (v) => v === "" || z.email().safeParse(v).success,
    "Enter an email address in the correct format, like name@example.com",
  )
  .optional();

export const requiredEmail = (message: string) =>
  text(message)
    .min(1, message)
    .max(LIMITS.email, tooLong(LIMITS.email))
    .refine(
      (v) => z.email().safeParse(v).success,
      "Enter an email address in the correct format, like name@example.com",
    );

const phonePattern = /^\+?[0-9 ()-]{7,20}$/;
const phoneMessage = "Enter a telephone number, like 01632 960 001 or 07700 900 982";

export const optionalPhone = text(phoneMessage)
  .max(LIMITS.phone, tooLong(LIMITS.phone))
  .refine((v) => v === "" || (phonePattern.test(v) && v.replace(/\D/g, "").length >= 10), phoneMessage)
  .optional();

export const requiredPhone = (message: string) =>
  text(message)
    .min(1, message)
    .max(LIMITS.phone, tooLong(LIMITS.phone))
    .refine((v) => phonePattern.test(v) && v.replace(/\D/g, "").length >= 10, phoneMessage);

const postcodePattern = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;
/** Optional: people with no fixed address can still refer (H10). */
export const optionalPostcode = text("Enter a postcode")
  .max(LIMITS.postcode, "Enter a real postcode")
  .refine((v) => v === "" || postcodePattern.test(v), "Enter a real postcode, like EX1 1AA")
  .optional();

export const nhsNumber = text("Enter an NHS number")
  .max(LIMITS.phone, "NHS number must be 10 digits")
  .refine((v) => v === "" || /^\d{10}$/.test(normaliseNhsNumber(v)), "NHS number must be 10 digits, like 943 476 5919")
  .refine(
    // Only ten digits are checked here: an empty answer, or any other, is left to the check above.
    (v) => !/^\d{10}$/.test(normaliseNhsNumber(v)) || isValidNhsNumber(v),
    "Enter a real NHS number. Check it against a letter from your GP or the NHS App",
  )
  .optional();

/**
 * For checks across fields: run them even when another field already failed (zod skips
 * them by default), so a person sees every problem at once. Their code must not assume
 * the other fields are valid.
 */
export const evenWithOtherErrors = {
  when: ({ value }: { value: unknown }) => typeof value === "object" && value !== null,
};
