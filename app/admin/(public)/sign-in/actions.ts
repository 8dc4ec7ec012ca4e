"use server";
// Public by necessity: these actions are how a person gets a session. They are rate limited by
// the lockout in lib/auth/sign-in.ts and every attempt is audited.
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentRequest } from "@/lib/auth";
import { signInWithPassword, verifySignInCode } from "@/lib/auth/sign-in";
import { formAction, type Refusal } from "@/lib/forms/action";
import { formatTime } from "@/lib/triage/time";

const credentialsSchema = z.object({
  email: z.string().trim().min(1, { error: "Enter your email address" }).max(254),
  password: z
    .string()
    .min(1, { error: "Enter your password" })
    .max(200, { error: "Password must be 200 characters or fewer" }),
});

const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, { error: "Enter the 6-digit code from your authenticator app" }),
});

const locked = (until: Date): Refusal => ({
  message: `Too many failed attempts. For your security, sign-in is paused until ${formatTime(until)}.`,
});

export const signInAction = formAction(credentialsSchema, async ({ email, password }) => {
  const outcome = await signInWithPassword(email, password, await currentRequest());
  if (outcome.status === "signed-in") redirect("/admin");
  if (outcome.status === "code-needed") redirect("/admin/sign-in/code");
  if (outcome.status === "locked") return locked(outcome.until);
  return { message: "The email address or password is not right." };
});

export const verifyCodeAction = formAction(codeSchema, async ({ code }) => {
  const outcome = await verifySignInCode(code, await currentRequest());
  if (outcome.status === "signed-in") redirect("/admin");
  if (outcome.status === "code-expired") redirect("/admin/sign-in?restart=1");
  if (outcome.status === "locked") return locked(outcome.until);
  return { errors: { code: ["The code is not right. Enter the code showing in your authenticator app now."] } };
});
