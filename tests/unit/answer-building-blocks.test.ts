import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { LIMITS } from "@/lib/referrals/limits";
import {
  checkboxes,
  evenWithOtherErrors,
  nhsNumber,
  optionalEmail,
  optionalPhone,
  optionalPostcode,
  optionalText,
  requiredEmail,
  requiredPhone,
  requiredText,
  yesNo,
} from "@/lib/referrals/validation";

// The pieces every journey's schema is built from (lib/referrals/validation.ts), each checked on its
// own: what it accepts, what it refuses and the exact words a person is shown.

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
const UNUSUAL = "Remove any unusual characters, such as symbols copied from another program";
const EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";
const PHONE = "Enter a telephone number, like 01632 960 001 or 07700 900 982";

describe("a required text answer", () => {
  const name = requiredText(5, "Enter your name");

  it("is trimmed, and accepted up to its limit", () => {
    expect(name.parse("  Ann  ")).toBe("Ann");
    expect(messages(name, "abcde")).toEqual([]);
  });

  it("asks for the answer when it is empty, only spaces or not text at all", () => {
    expect(messages(name, "")).toEqual(["Enter your name"]);
    expect(messages(name, "   ")).toEqual(["Enter your name"]);
    expect(messages(name, 42)).toEqual(["Enter your name"]);
    expect(messages(name, undefined)).toEqual(["Enter your name"]);
  });

  it("says how long it may be when it is one character too long", () => {
    expect(messages(name, "abcdef")).toEqual(["Must be 5 characters or fewer"]);
  });

  it("refuses each control character Postgres cannot store or a person would not type", () => {
    for (const code of [0x00, 0x08, 0x0b, 0x0c, 0x0e, 0x1f, 0x7f]) {
      expect(messages(name, `a${String.fromCharCode(code)}b`), `U+${code.toString(16)}`).toEqual([UNUSUAL]);
    }
  });

  it("keeps tabs and line breaks, which people do type", () => {
    for (const typed of ["a\tb", "a\nb", "a\r\nb"]) expect(messages(name, typed)).toEqual([]);
  });

  it("refuses half of a character (a lone surrogate), wherever it is, and keeps a whole emoji", () => {
    const high = "\uD83D";
    const low = "\uDE00";
    expect(messages(name, `a${high}`)).toEqual([UNUSUAL]);
    expect(messages(name, `${high}a`)).toEqual([UNUSUAL]);
    expect(messages(name, `a${low}`)).toEqual([UNUSUAL]);
    expect(messages(name, `${low}${high}`)).toEqual([UNUSUAL]);
    expect(messages(name, `a${high}${low}`)).toEqual([]);
  });
});

describe("an optional text answer", () => {
  const notes = optionalText(3);

  it("may be left out or empty, and is trimmed", () => {
    expect(messages(notes, undefined)).toEqual([]);
    expect(notes.parse(" ab ")).toBe("ab");
    expect(notes.parse("")).toBe("");
  });

  it("refuses what is too long, not text, or unstorable, each with its own words", () => {
    expect(messages(notes, "abcd")).toEqual(["Must be 3 characters or fewer"]);
    expect(messages(notes, 7)).toEqual(["Enter text"]);
    expect(messages(notes, "\u0000")).toEqual([UNUSUAL]);
  });
});

describe("a yes or no question", () => {
  it("takes yes and no, and asks the question again for anything else", () => {
    const question = yesNo("Select yes if you agree");
    expect(question.parse("yes")).toBe("yes");
    expect(question.parse("no")).toBe("no");
    expect(messages(question, "maybe")).toEqual(["Select yes if you agree"]);
    expect(messages(question, undefined)).toEqual(["Select yes if you agree"]);
  });
});

describe("a group of checkboxes", () => {
  const ticks = checkboxes(["a", "b"]);

  it("reads nothing ticked as an empty list, however the form sent it", () => {
    expect(ticks.parse(undefined)).toEqual([]);
    expect(ticks.parse(false)).toEqual([]);
    expect(ticks.parse(null)).toEqual([]);
  });

  it("reads one ticked box sent as a plain value as a list of one", () => {
    expect(ticks.parse("b")).toEqual(["b"]);
    expect(ticks.parse(["a", "b"])).toEqual(["a", "b"]);
  });

  it("refuses a value that is not on the list", () => {
    expect(messages(ticks, ["a", "z"])).toEqual(["Choose from the list"]);
    expect(messages(ticks, "z")).toEqual(["Choose from the list"]);
  });

  it(`refuses more than ${LIMITS.maxCheckboxes} ticks`, () => {
    expect(messages(ticks, Array(LIMITS.maxCheckboxes).fill("a"))).toEqual([]);
    expect(messages(ticks, Array(LIMITS.maxCheckboxes + 1).fill("a"))).toHaveLength(1);
  });
});

describe("email addresses", () => {
  it("an optional one may be empty or left out, and must look like an address when given", () => {
    expect(messages(optionalEmail, undefined)).toEqual([]);
    expect(messages(optionalEmail, "")).toEqual([]);
    expect(messages(optionalEmail, " ann@example.net ")).toEqual([]);
    expect(messages(optionalEmail, "ann")).toEqual([EMAIL_FORMAT]);
    expect(messages(optionalEmail, 3)).toEqual(["Enter an email address"]);
    expect(messages(optionalEmail, "ann\u0000@example.net")).toContain(UNUSUAL);
  });

  it(`both refuse an address longer than ${LIMITS.email} characters`, () => {
    const long = `${"a".repeat(LIMITS.email - "@example.net".length + 1)}@example.net`;
    expect(messages(optionalEmail, long)).toEqual([`Must be ${LIMITS.email} characters or fewer`]);
    expect(messages(requiredEmail("Enter your email"), long)).toContain(`Must be ${LIMITS.email} characters or fewer`);
  });

  it("a required one asks for it when empty, and for the right format when wrong", () => {
    const email = requiredEmail("Enter your email");
    expect(messages(email, "")[0]).toBe("Enter your email");
    expect(messages(email, 3)).toEqual(["Enter your email"]);
    expect(messages(email, "ann")).toEqual([EMAIL_FORMAT]);
    expect(email.parse(" ann@example.net ")).toBe("ann@example.net");
  });
});

describe("telephone numbers", () => {
  const required = requiredPhone("Enter your phone number");

  it.each(["01632 960 001", "07700 900982", "+44 1632 960001", "(01632) 960-001", "0163296000"])(
    "takes %s",
    (phone) => {
      expect(messages(optionalPhone, phone)).toEqual([]);
      expect(messages(required, phone)).toEqual([]);
    },
  );

  it.each([
    ["fewer than 10 digits", "0163 29600"],
    ["a letter before the number", "x01632960001"],
    ["a letter after the number", "01632960001x"],
    ["a plus sign in the middle", "0163+2960001"],
    ["a run of symbols with few digits", "(((((((((0)"],
  ])("refuses %s", (_why, phone) => {
    expect(messages(optionalPhone, phone)).toEqual([PHONE]);
    expect(messages(required, phone)).toEqual([PHONE]);
  });

  it("refuses more than 20 characters with the length message and the pattern's", () => {
    expect(messages(optionalPhone, "0".repeat(LIMITS.phone + 1))).toEqual([
      `Must be ${LIMITS.phone} characters or fewer`,
      PHONE,
    ]);
    expect(messages(required, "0".repeat(LIMITS.phone + 1))).toEqual([
      `Must be ${LIMITS.phone} characters or fewer`,
      PHONE,
    ]);
  });

  it("an optional one may be empty or left out; a required one asks for it", () => {
    expect(messages(optionalPhone, "")).toEqual([]);
    expect(messages(optionalPhone, undefined)).toEqual([]);
    expect(messages(optionalPhone, 1)).toEqual([PHONE]);
    expect(messages(required, "")[0]).toBe("Enter your phone number");
    expect(messages(required, 1)).toEqual(["Enter your phone number"]);
  });
});

describe("postcodes", () => {
  it.each(["EX1 1AA", "ex11aa", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH"])("takes %s", (postcode) => {
    expect(messages(optionalPostcode, postcode)).toEqual([]);
  });

  it.each(["nowhere", "EX1 1A", "1EX 1AA", "XEX1 1AA", "EX1 1AAX", "EX1  1AA"])("refuses %s", (postcode) => {
    expect(messages(optionalPostcode, postcode)).toEqual(["Enter a real postcode, like EX1 1AA"]);
  });

  it("may be left out by someone with no fixed address, and refuses what is far too long", () => {
    expect(messages(optionalPostcode, "")).toEqual([]);
    expect(messages(optionalPostcode, undefined)).toEqual([]);
    expect(messages(optionalPostcode, "EX1 1AA 1234")).toEqual([
      "Enter a real postcode",
      "Enter a real postcode, like EX1 1AA",
    ]);
    expect(messages(optionalPostcode, 5)).toEqual(["Enter a postcode"]);
  });
});

describe("the NHS number question", () => {
  it("may be left out", () => {
    expect(messages(nhsNumber, "")).toEqual([]);
    expect(messages(nhsNumber, undefined)).toEqual([]);
  });

  it("takes a real number with or without spaces", () => {
    expect(messages(nhsNumber, "943 476 5919")).toEqual([]);
    expect(messages(nhsNumber, "9434765919")).toEqual([]);
  });

  it("asks for 10 digits, and only that, when the count is wrong", () => {
    expect(messages(nhsNumber, "123")).toEqual(["NHS number must be 10 digits, like 943 476 5919"]);
    expect(messages(nhsNumber, "94347659190")).toEqual(["NHS number must be 10 digits, like 943 476 5919"]);
    expect(messages(nhsNumber, "x9434765919")).toEqual(["NHS number must be 10 digits, like 943 476 5919"]);
    expect(messages(nhsNumber, "9434765919x")).toEqual(["NHS number must be 10 digits, like 943 476 5919"]);
  });

  it("says the number is not real when ten digits fail the check digit", () => {
    expect(messages(nhsNumber, "943 476 5918")).toEqual([
      "Enter a real NHS number. Check it against a letter from your GP or the NHS App",
    ]);
  });

  it("refuses more than 20 characters and anything that is not text", () => {
    expect(messages(nhsNumber, "9".repeat(LIMITS.phone + 1))).toEqual([
      "NHS number must be 10 digits",
      "NHS number must be 10 digits, like 943 476 5919",
    ]);
    expect(messages(nhsNumber, 9434765919)).toEqual(["Enter an NHS number"]);
  });
});

describe("checks across fields", () => {
  it("run for any object of answers, and not for a missing or non-object value", () => {
    expect(evenWithOtherErrors.when({ value: {} })).toBe(true);
    expect(evenWithOtherErrors.when({ value: null })).toBe(false);
    expect(evenWithOtherErrors.when({ value: undefined })).toBe(false);
    expect(evenWithOtherErrors.when({ value: "text" })).toBe(false);
  });
});
