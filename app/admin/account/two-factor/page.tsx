import type { Metadata } from "next";
import { ServerForm } from "@/components/forms/server-form";
import { requireStaff } from "@/lib/auth";
import { pendingTwoFactorSetup } from "@/lib/auth/two-factor";
import { confirmTwoFactorAction, startTwoFactorAction } from "../actions";

export const metadata: Metadata = { title: "Set up two-factor sign-in" };

export default async function TwoFactorPage() {
  const context = await requireStaff("account:self", { allowPendingStep: true });
  const setup = await pendingTwoFactorSetup(context);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Set up two-factor sign-in</h1>
        <p>
          The dashboard holds health information, so you need a code from an authenticator app (such as Microsoft
          Authenticator or Google Authenticator) as well as your password each time you sign in.
        </p>
        {!setup ? (
          <ServerForm
            action={startTwoFactorAction}
            submitLabel="Continue"
            fields={[
              {
                kind: "password",
                name: "password",
                label: "Enter your password to start",
                autoComplete: "current-password",
                width: 30,
              },
            ]}
          />
        ) : (
          <>
            <h2>Add this service to your app</h2>
            <ol className="nhsuk-list nhsuk-list--number">
              <li>In your authenticator app, choose to add an account and to enter a setup key.</li>
              <li>
                Enter this key:{" "}
                <span className="admin-key" data-testid="totp-key">
                  {setup.key}
                </span>
              </li>
              <li>Choose &quot;time based&quot; if the app asks.</li>
            </ol>
            <p>
              On a phone with an authenticator app, you can instead <a href={setup.uri}>open the set-up link</a>.
            </p>
            <ServerForm
              action={confirmTwoFactorAction}
              submitLabel="Turn on two-factor sign-in"
              fields={[
                {
                  kind: "text",
                  spellCheck: false,
                  name: "code",
                  label: "Enter the 6-digit code your app now shows",
                  autoComplete: "one-time-code",
                  inputMode: "numeric",
                  width: 10,
                },
              ]}
            />
          </>
        )}
      </div>
    </div>
  );
}
