"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Refusal } from "@/lib/forms/action";
import { staffAction } from "@/lib/auth";
import { changePassword } from "@/lib/auth/password";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/policy";
import { confirmTwoFactorSetup, startTwoFactorSetup } from "@/lib/auth/two-factor";

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "Enter your current password" }),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: `Your new password must be at least ${MIN_PASSWORD_LENGTH} characters` })
      .max(MAX_PASSWORD_LENGTH, { error: `Your new password must be ${MAX_PASSWORD_LENGTH} characters or fewer` }),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "The passwords do not match",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    error: "Choose a password different from your current one",
  });

export const changePasswordAction = staffAction(
  "account:self",
  passwordSchema,
  async (input, context) => {
    const result = await changePassword(context, input.currentPassword, input.newPassword);
    const refusals: Record<string, Refusal> = {
      "wrong-password": { errors: { currentPassword: ["Your current password is not right"] } },
      "too-guessable": {
        errors: {
          newPassword: ["This password is too easy to guess. Use 3 or 4 unrelated words, or a longer password"],
        },
      },
    };
    if (typeof result === "string" && refusals[result]) return refusals[result];
    redirect("/admin/account?done=password");
  },
  { allowPendingStep: true },
);

export const startTwoFactorAction = staffAction(
  "account:self",
  z.object({ password: z.string().min(1, { error: "Enter your password" }) }),
  async (input, context) => {
    if ((await startTwoFactorSetup(context, input.password)) === "wrong-password") {
      return { errors: { password: ["Your password is not right"] } };
    }
    redirect("/admin/account/two-factor");
  },
  { allowPendingStep: true },
);

export const confirmTwoFactorAction = staffAction(
  "account:self",
  z.object({
    code: z
      .string()
      .trim()
      .regex(/^\d{3}\s?\d{3}$/, { error: "Enter the 6-digit code from your authenticator app" }),
  }),
  async (input, context) => {
    if ((await confirmTwoFactorSetup(context, input.code)) === "wrong-code") {
      return {
        errors: { code: ["The code is not right. Check the key was typed correctly and enter the code showing now."] },
      };
    }
    redirect("/admin/account?done=two-factor");
  },
  { allowPendingStep: true },
);
