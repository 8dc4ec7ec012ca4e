import type { Metadata } from "next";

export const metadata: Metadata = { title: "Not found" };

/** A dashboard address that matches nothing, such as a referral that has been erased. */
export default function AdminNotFound() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Not found</h1>
        <p>There is nothing at this address. The referral may have been erased, or the link may be wrong.</p>
        <p>
          <a href="/admin">Go to the inbox</a>
        </p>
      </div>
    </div>
  );
}
