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
