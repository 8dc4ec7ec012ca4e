import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Honeypot } from "@/components/forms/honeypot";
import type { Field } from "@/lib/forms/fields";
import { z } from "zod";
import {
  fieldErrors,
  HONEYPOT_FIELD,
  IDEMPOTENCY_FIELD,
  isFrameworkField,
  MAX_CHECKBOXES,
  readForm,
  SAVE_FOR_LATER_FIELD,
} from "@/lib/forms/read-form";
import { journeys } from "@/lib/referrals/journeys/registry";

const post = (pairs: [string, string | Blob][]) => {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return form;
};
const page: { fields: Field[] } = {
  fields: [
    { kind: "text", name: "givenName", label: "First name" },
    { kind: "date", name: "dateOfBirth", label: "Date of birth" },
    { kind: "checkboxes", name: "care", label: "Care", options: [{ value: "a", label: "A" }] },
  ],
};

describe("reading a question page's post", () => {
  it("nests a date's day, month and year under the date, a part not sent as empty, a file as empty", () => {
    const parsed = readForm(
      page,
      post([
        ["givenName", "Alex"],
        ["dateOfBirth.day", "27"],
        ["dateOfBirth.month", new Blob(["3"])],
        ["care", "a"],
        ["care", "b"],
      ]),
    );
    expect(parsed.values).toEqual({
      givenName: "Alex",
      dateOfBirth: { day: "27", month: "", year: "" },
      care: ["a", "b"],
    });
    expect(parsed.unknown).toEqual([]);
  });

  it("knows a date's parts, and only those, as the page's own fields", () => {
    const parsed = readForm(
      page,
      post([
        ["dateOfBirth.year", "2011"],
        ["dateOfBirth", "27/3/2011"],
        ["dateOfBirth.hour", "9"],
      ]),
    );
    expect(parsed.values.dateOfBirth).toEqual({ day: "", month: "", year: "2011" });
    expect(parsed.unknown).toEqual(["dateOfBirth", "dateOfBirth.hour"]);
  });

  it("leaves a question the browser did not send unanswered rather than answered with nothing", () => {
    const parsed = readForm(page, post([["dateOfBirth.day", "27"]]));
    expect(Object.keys(parsed.values)).toEqual(["dateOfBirth", "care"]);
    expect(parsed.values).not.toHaveProperty("givenName");
  });

  it("reads one ticked box more than any question offers, and no more, so a flood is refused cheaply", () => {
    const flood = Array.from({ length: 50 }, (_, i): [string, string] => ["care", `box-${i}`]);
    const care = readForm(page, post(flood)).values.care as string[];
    expect(care).toEqual(flood.slice(0, MAX_CHECKBOXES + 1).map(([, value]) => value));
    expect(care).toHaveLength(11);
  });

  it("has room for every box of every checkbox question in the journeys", () => {
    const widest = Math.max(
      ...Object.values(journeys).flatMap((j) =>
        j.steps
          .flatMap((s) => (s.kind === "question" ? s.fields : []))
          .map((f) => ("options" in f && f.kind === "checkboxes" ? f.options.length : 0)),
      ),
    );
    expect(widest).toBeGreaterThan(1);
    expect(widest).toBeLessThanOrEqual(MAX_CHECKBOXES);
  });
});

// A browser leaves out a field whose name is empty (WHATWG HTML, "constructing the entry list"),
// so each of these needs a name it sends, and one no question, and no React field, already uses.
describe("the fields every form page carries besides its questions", () => {
  const meta = [HONEYPOT_FIELD, IDEMPOTENCY_FIELD, SAVE_FOR_LATER_FIELD];
  const questionNames = new Set(
    Object.values(journeys).flatMap((j) =>
      j.steps.flatMap((s) => (s.kind === "question" ? s.fields : [])).map((f) => f.name),
    ),
  );

  it("have names a browser sends, each its own, used by no question", () => {
    for (const name of meta) {
      expect(name.trim()).not.toBe("");
      expect(questionNames.has(name)).toBe(false);
      expect(isFrameworkField(name)).toBe(false);
    }
    expect(new Set(meta).size).toBe(meta.length);
  });

  it("are not taken for fields the page does not have", () => {
    const parsed = readForm(page, post(meta.map((name) => [name, ""])));
    expect(parsed.unknown).toEqual([]);
    expect(parsed.honeypotFilled).toBe(false);
  });

  it("catch a bot that fills in the hidden field the page draws", () => {
    const html = renderToStaticMarkup(createElement(Honeypot));
    const names = [...html.matchAll(/<input\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]!);
    expect(names).toHaveLength(1);
    const sent = names.filter((name) => name !== "").map((name): [string, string] => [name, "https://spam.example"]);
    expect(readForm(page, post(sent)).honeypotFilled).toBe(true);
  });

  it("do not take a hidden field holding only spaces for a bot", () => {
    expect(readForm(page, post([[HONEYPOT_FIELD, "   "]])).honeypotFilled).toBe(false);
    expect(readForm(page, post([[HONEYPOT_FIELD, " x "]])).honeypotFilled).toBe(true);
  });
});

describe("the messages a failed check shows", () => {
  it("are listed under each field once, however many checks gave the same message", () => {
    const schema = z.strictObject({
      givenName: z.string().min(2, "Enter your first name").min(3, "Enter your first name"),
      familyName: z.string().min(1, "Enter your last name"),
    });
    const errors = fieldErrors(schema.safeParse({ givenName: "", familyName: "" }).error!);
    expect(errors).toEqual({ givenName: ["Enter your first name"], familyName: ["Enter your last name"] });
  });

  it("keep a message about the whole form under _form, apart from every field's", () => {
    const schema = z.string({ error: "Send the form again" });
    expect(fieldErrors(schema.safeParse(7).error!)).toEqual({ _form: ["Send the form again"] });
  });
});
