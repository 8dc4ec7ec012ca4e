import type { Metadata } from "next";
import { ServerForm } from "@/components/forms/server-form";
import { requireStaff } from "@/lib/auth";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/policy";
import { changePasswordAction } from "../actions";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const { staff } = await requireStaff("account:self", { allowPendingStep: true });
  const firstTime = staff.pendingStep === "change-password";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{firstTime ? "Choose your own password" : "Change your password"}</h1>
        {firstTime && (
          <p>You signed in with a one-time password. Choose a password only you know before you continue.</p>
        )}
        <ServerForm
          action={changePasswordAction}
          submitLabel="Change password"
          fields={[
            {
              kind: "password",
              name: "currentPassword",
              label: firstTime ? "One-time password" : "Current password",
              autoComplete: "current-password",
              width: 30,
            },
            {
              kind: "password",
              name: "newPassword",
              label: "New password",
              hint: `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`,
              autoComplete: "new-password",
              width: 30,
            },
            {
              kind: "password",
              name: "confirmPassword",
              label: "Confirm new password",
              autoComplete: "new-password",
              width: 30,
            },
          ]}
        />
      </div>
    </div>
  );
}
