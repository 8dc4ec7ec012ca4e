import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formAction } from "@/lib/forms/action";
import { idleState } from "@/lib/forms/form-state";

const schema = z.object({
  email: z.string().trim().min(1, { error: "Enter your email address" }),
  password: z.string().min(1, { error: "Enter your password" }),
  team: z.string().min(1, { error: "Choose a team" }),
});

const post = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("$ACTION_ID_abc", "");
  return form;
};

describe("formAction", () => {
  it("returns every field error at once, keeps what was typed and never echoes a password", async () => {
    let called = false;
    const action = formAction(schema, async () => {
      called = true;
    });
    const state = await action(idleState, post({ email: "", password: "hunter2", team: "" }));
    expect(called).toBe(false);
    expect(state).toEqual({
      status: "invalid",
      errors: { email: ["Enter your email address"], team: ["Choose a team"] },
      values: { email: "", team: "" },
    });
  });

  it("hands valid input to the handler, parsed, and reports done", async () => {
    let received: unknown;
    const action = formAction(schema, async (input) => {
      received = input;
    });
    expect(await action(idleState, post({ email: " a@b.test ", password: "pw", team: "x" }))).toEqual({
      status: "done",
    });
    expect(received).toEqual({ email: "a@b.test", password: "pw", team: "x" });
  });

  it("turns the domain's refusals into field errors or a message, values kept", async () => {
    const wrong = formAction(schema, async () => ({ errors: { password: ["The password is not right"] } }));
    expect(await wrong(idleState, post({ email: "a@b.test", password: "pw", team: "x" }))).toEqual({
      status: "invalid",
      errors: { password: ["The password is not right"] },
      values: { email: "a@b.test", team: "x" },
    });
    const locked = formAction(schema, async () => ({ message: "Sign-in is paused" }));
    expect(await locked(idleState, post({ email: "a@b.test", password: "pw", team: "x" }))).toEqual({
      status: "refused",
      message: "Sign-in is paused",
      values: { email: "a@b.test", team: "x" },
    });
  });
});

describe("formAction with a reader of the form's own", () => {
  const page = z.object({ postcode: z.string().min(1, { error: "Enter a postcode" }) });
  const reader = (form: FormData) =>
    form.has("extra")
      ? { values: {}, refusal: "This form had information we did not expect" }
      : { values: { postcode: String(form.get("postcode") ?? "") } };

  it("refuses a post its reader refuses, without calling the handler or parsing", async () => {
    let called = false;
    const action = formAction(
      page,
      async () => {
        called = true;
      },
      reader,
    );
    expect(await action(idleState, post({ postcode: "AB1 2CD", extra: "x" }))).toEqual({
      status: "refused",
      message: "This form had information we did not expect",
      values: {},
    });
    expect(called).toBe(false);
  });

  it("keeps a postcode (an answer, not a secret) when the service cannot save it", async () => {
    const down = formAction(page, async () => ({ status: "unavailable" as const }), reader);
    expect(await down(idleState, post({ postcode: "AB1 2CD" }))).toEqual({
      status: "unavailable",
      values: { postcode: "AB1 2CD" },
    });
    const limited = formAction(page, async () => ({ status: "rate-limited" as const }), reader);
    expect(await limited(idleState, post({ postcode: "AB1 2CD" }))).toEqual({
      status: "rate-limited",
      values: { postcode: "AB1 2CD" },
    });
  });

  it("hands a move back to the caller instead of a state, so the caller can set cookies before redirecting", async () => {
    const moves = formAction(
      page,
      async ({ postcode }) => ({ redirect: `/next?p=${postcode.length}`, token: "t" }),
      reader,
    );
    expect(await moves(idleState, post({ postcode: "AB1 2CD" }))).toEqual({ redirect: "/next?p=7", token: "t" });
  });

  it("puts back only what the reader says is shown (a page of hidden fields shows nothing)", async () => {
    const hidden = formAction(
      page,
      async () => ({ message: "Too quick" }),
      (form: FormData) => ({
        values: { postcode: String(form.get("postcode")) },
        shown: {},
      }),
    );
    expect(await hidden(idleState, post({ postcode: "AB1 2CD" }))).toEqual({
      status: "refused",
      message: "Too quick",
      values: {},
    });
  });
});
