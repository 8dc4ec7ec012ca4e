"use client";

import { useActionState } from "react";
import type { NewLinkState } from "@/app/admin/referrals/[id]/young-person/actions";

/** Staff make a new private link to text to the young person; it is shown once, here. */
export function YoungPersonLinkForm({
  referralId,
  action,
}: {
  referralId: string;
  action: (previous: NewLinkState | null, form: FormData) => Promise<NewLinkState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <>
      {state && "url" in state && (
        <div className="nhsuk-inset-text" role="status">
          <p>
            Text this link to the young person now. It is shown only once, works once, and stops working on{" "}
            {new Date(state.expiresAt).toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" })}.
          </p>
          <p>
            <code className="admin-note-text" data-testid="young-person-link">
              {state.url}
            </code>
          </p>
        </div>
      )}
      {state && "message" in state && (
        <div className="nhsuk-error-message" role="alert">
          {state.message}
        </div>
      )}
      <form action={formAction}>
        <input type="hidden" name="referralId" value={referralId} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={pending}>
          Make a new link to text to them
        </button>
      </form>
    </>
  );
}
