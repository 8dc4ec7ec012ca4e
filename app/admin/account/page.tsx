import type { Metadata } from "next";
import { ServerForm } from "@/components/forms/server-form";
import { requireStaff, ROLE_LABELS } from "@/lib/auth";
import { signOutEverywhereAction } from "../actions";

export const metadata: Metadata = { title: "Your account" };

const DONE: Record<string, string> = {
  password: "Your password has been changed. You have been signed out everywhere else.",
  "two-factor": "Two-factor sign-in is now set up. You will need a code from your app each time you sign in.",
};

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { staff } = await requireStaff("account:self");
  const done = DONE[String((await searchParams).done ?? "")];
  return (
    <>
      {done && (
        <div className="nhsuk-inset-text" role="status">
          <p>{done}</p>
        </div>
      )}
      <h1>Your account</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Name</dt>
          <dd className="nhsuk-summary-list__value">{staff.name}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Email</dt>
          <dd className="nhsuk-summary-list__value">{staff.email}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Role</dt>
          <dd className="nhsuk-summary-list__value">{ROLE_LABELS[staff.role]}</dd>
        </div>
      </dl>
      <p>
        <a href="/admin/account/password">Change your password</a>
      </p>
      <h2>Sign out everywhere</h2>
      <p>
        If you think someone else has used your account, or you left yourself signed in on another computer, sign out of
        every session.
      </p>
      <ServerForm
        action={signOutEverywhereAction}
        fields={[]}
        submitLabel="Sign out of all sessions"
        variant="warning"
        id="sign-out-everywhere"
      />
    </>
  );
}
