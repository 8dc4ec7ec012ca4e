import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ServerForm } from "@/components/forms/server-form";
import { currentStaff } from "@/lib/auth";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  expired:
    "You were signed out because you had not used the dashboard for 30 minutes, or your session ended. Sign in again.",
  restart: "Your sign-in took too long or had too many wrong codes. Start again with your email and password.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await currentStaff()) redirect("/admin");
  const params = await searchParams;
  const notice = Object.keys(NOTICES).find((key) => params[key]);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sign in to the staff dashboard</h1>
        {notice && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{NOTICES[notice]}</p>
          </div>
        )}
        <p>For staff of the service only. Every sign-in is recorded.</p>
        <ServerForm
          action={signInAction}
          submitLabel="Continue"
          fields={[
            { kind: "email", name: "email", label: "Email address", autoComplete: "username", width: 30 },
            { kind: "password", name: "password", label: "Password", autoComplete: "current-password", width: 30 },
          ]}
        />
        <p>If you cannot sign in, ask an admin of the service to check your account.</p>
      </div>
    </div>
  );
}
