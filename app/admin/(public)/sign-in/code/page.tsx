import type { Metadata } from "next";
import { connection } from "next/server";
import { ServerForm } from "@/components/forms/server-form";
import { verifyCodeAction } from "../actions";

export const metadata: Metadata = { title: "Enter your security code" };

export default async function SignInCodePage() {
  await connection();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Enter your security code</h1>
        <p>Open the authenticator app on your phone and enter the 6-digit code it shows for this service.</p>
        <ServerForm
          action={verifyCodeAction}
          submitLabel="Sign in"
          fields={[
            {
              kind: "text",
              spellCheck: false,
              name: "code",
              label: "Security code",
              autoComplete: "one-time-code",
              inputMode: "numeric",
              width: 10,
            },
          ]}
        />
        <p>
          <a href="/admin/sign-in">Start again with your email and password</a>
        </p>
      </div>
    </div>
  );
}
